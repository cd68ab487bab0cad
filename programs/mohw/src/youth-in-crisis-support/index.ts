import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 위기청년(가족돌봄, 고립은둔) 전담 지원사업 (WLF00006301), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006301&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const news: Source = {
  title: '아시아투데이 「복지부, 가족돌봄·고립청년 대상 청년미래센터 개소」 (보건복지부 발표 보도)',
  url: 'https://files.asiatoday.co.kr/kn/section_list.php?d1=3&d2=5&page=10',
  status: 'secondary',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「일상돌봄 서비스 사업」 (가족돌봄청년·고립은둔청년)',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'youthInCrisis.familyCareMinAge',
    ['가족돌봄청년 최저 연령 (만)', 'young carers: minimum age'],
    'years',
    13,
    news,
    '2024-01-01',
    '청년미래센터 개소 보도: 아픈 가족 돌봄 책임을 맡은 13~34세 청(소)년',
  ),
  scalar(
    'youthInCrisis.familyCareMaxAge',
    ['가족돌봄청년 최고 연령 (만, 이하)', 'young carers: maximum age'],
    'years',
    34,
    news,
    '2024-01-01',
    '청년미래센터 개소 보도',
  ),
  scalar(
    'youthInCrisis.isolatedMinAge',
    ['고립·은둔청년 최저 연령 (만)', 'isolated youth: minimum age'],
    'years',
    19,
    news,
    '2024-01-01',
    '청년미래센터 개소 보도: 힘들 때 기댈 곳 없는 19~39세 청년',
  ),
  scalar(
    'youthInCrisis.isolatedMaxAge',
    ['고립·은둔청년 최고 연령 (만, 이하)', 'isolated youth: maximum age'],
    'years',
    39,
    news,
    '2024-01-01',
    '청년미래센터 개소 보도',
  ),
];

export default defineProgram({
  id: 'WLF00006301',
  version: '2026.1',
  name: t(
    '위기청년(가족돌봄, 고립은둔) 전담 지원사업',
    'Dedicated support for youth in crisis (young carers, isolated and reclusive youth)',
  ),
  ministry: '보건복지부',
  bureau: '청년정책팀',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth'],
  situations: [],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '청년들에게 공정한 출발 기회 제공하고, 위기청년 조기 발굴 및 회복과 자립을 지원합니다.',
    'Gives young people a fair start by finding youth in crisis early and supporting their recovery and independence (dedicated support for young carers and isolated or reclusive youth).',
  ),
  criteria: any(
    t('가족돌봄청년 또는 고립·은둔청년', 'young carer, or isolated or reclusive young person'),
    all(
      t('가족돌봄청년 (만 13~34세)', 'young carer (aged 13 to 34)'),
      cmp(
        t('만 13세 이상', 'aged 13 or over'),
        v('person.age'),
        '>=',
        param('youthInCrisis.familyCareMinAge'),
      ),
      cmp(
        t('만 34세 이하', 'aged 34 or under'),
        v('person.age'),
        '<=',
        param('youthInCrisis.familyCareMaxAge'),
      ),
      cmp(t('가족돌봄청년 확인', 'confirmed young carer'), fact('youngCarer'), '==', lit(true)),
    ),
    all(
      t('고립·은둔청년 (만 19~39세)', 'isolated or reclusive young person (aged 19 to 39)'),
      cmp(t('만 19세 이상', 'aged 19 or over'), v('person.age'), '>=', param('youthInCrisis.isolatedMinAge')),
      cmp(
        t('만 39세 이하', 'aged 39 or under'),
        v('person.age'),
        '<=',
        param('youthInCrisis.isolatedMaxAge'),
      ),
      judgement(
        t(
          '고립·은둔 상태 (청년미래센터 상담·사정)',
          'isolated or reclusive (assessed by a Youth Future Centre)',
        ),
        t('청년미래센터 상담·사정 결과', 'assessment by a Youth Future Centre'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '청년미래센터 전담인력의 발굴·상담과 맞춤형 서비스 연계 (심리상담, 일상회복·사회복귀 프로그램, 정부 서비스 연계 등); 지원 금액은 공식 자료에 없음',
      'Outreach and counselling by dedicated Youth Future Centre staff, with tailored services (psychological counselling, recovery and social reintegration programmes, links to government services); the official texts state no amounts',
    ),
  },
  form: {
    schema: z.object({
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인정보 수집·이용 및 제공 동의',
          'consent to the collection, use and sharing of personal data',
        ),
      }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, news, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
