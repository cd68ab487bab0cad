import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 복권기금 꿈사다리 장학사업 (WLF00003177), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003177&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「복권기금 꿈사다리 장학사업」',
  status: 'official',
};

/** Any NBLSS benefit (생계·의료·주거·교육급여) received in the household. */
const nblssAny = () =>
  any(
    t(
      '기초생활수급 가구 (생계·의료·주거·교육급여)',
      'NBLSS recipient household (livelihood, medical, housing or education benefit)',
    ),
    cmp(
      t('생계급여 수급', 'livelihood benefit recipient'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('주거급여 수급', 'housing benefit recipient'),
      receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('교육급여 수급', 'education benefit recipient'),
      receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
      '==',
      lit(true),
    ),
  );

const nearPoorMember = () =>
  someMember(
    t('가구원 중 차상위계층 확인', 'a member is certified near-poor (차상위)'),
    cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'dreamLadderScholarship.minMonthly',
    label: { ko: '꿈사다리 장학금 (월, 최저)', en: 'scholarship (monthly, lowest)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 250000 }, sources: [booklet] }],
  },
  {
    id: 'dreamLadderScholarship.maxMonthly',
    label: { ko: '꿈사다리 장학금 (월, 최고)', en: 'scholarship (monthly, highest)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 450000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003177',
  version: '2026.1',
  name: t('복권기금 꿈사다리 장학사업', 'Lottery Fund Dream Ladder Scholarship'),
  ministry: '교육부',
  bureau: '학생지원총괄과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '복권기금을 재원으로 저소득층 우수 중·고생을 발굴, 대학까지 지원하여 교육의 희망사다리 기능을 강화합니다.',
    'Funded by the lottery fund, finds promising middle and high school students from low-income families and supports them through university, strengthening education as a ladder of hope.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('중·고등학교 재학', 'enrolled in middle or high school'),
      fact('student', 'level'),
      'in',
      lit(['middle', 'high'], t('중·고등학교', 'middle or high school')),
    ),
    any(
      t('저소득층 가정 또는 긴급구난 사유', 'low-income family or an emergency'),
      nblssAny(),
      nearPoorMember(),
      judgement(
        t('그 밖의 저소득층 가정 또는 긴급구난 사유', 'another low-income family or an emergency'),
        t('가정 형편·긴급구난 사유 (학교 추천)', 'family circumstances or emergency (school recommendation)'),
      ),
    ),
    judgement(
      t(
        '역량과 잠재력 (학교 추천, 서류 심사·심층평가로 선발)',
        'ability and potential (school recommendation, document review and in-depth assessment)',
      ),
      t(
        '학교 추천과 한국장학재단 선발 결과',
        'school recommendation and the Korea Student Aid Foundation’s selection',
      ),
    ),
  ),
  benefit: {
    description: t(
      '매월 장학금 250,000원~450,000원 (장학금 카드), 1:1 멘토링·진로역량 개발 컨설팅·심리안정 프로그램. 꿈장학금은 대학 졸업 시까지, SOS장학금은 긴급 위기 학생 한시 지원',
      'A monthly scholarship of 250,000 to 450,000 (scholarship card), one-to-one mentoring, career coaching and emotional-support programmes. The Dream scholarship continues until university graduation; the SOS scholarship is temporary for students in an emergency',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters: parameters,
  cases,
});
