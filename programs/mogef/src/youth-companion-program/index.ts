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
  title: '복지로 청소년동반자프로그램 운영 (WLF00003200), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003200&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「청소년동반자 프로그램」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'youthCompanion.minAge',
    label: t('최저 연령 (만 나이)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9 }, sources: [booklet] }],
  },
  {
    id: 'youthCompanion.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003200',
  version: '2026.1',
  name: t('청소년동반자프로그램 운영', 'Youth Companion program (outreach counselling)'),
  ministry: '성평등가족부',
  bureau: '청소년자립지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '다양한 위기를 겪고 있는 만 9~24세 청소년(우선: 우울증, 자살위험, 가출, 비행, 인터넷 중독, 폭력 피해, 학업 중단 등)을 청소년 상담 전문가가 직접 찾아가 상담하고 지원합니다.',
    'Youth counsellors visit youth aged 9 to 24 facing a crisis (priority: depression, suicide risk, running away, delinquency, internet addiction, violence, dropping out) and counsel and support them.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('youthCompanion.minAge')),
    cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('youthCompanion.maxAge')),
    any(
      t('위기를 겪고 있는 청소년', 'youth facing a crisis'),
      cmp(
        t('학업 중단 (학교 밖 청소년)', 'dropped out of school (out-of-school youth)'),
        fact('outOfSchoolYouth'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '우울·자살위험·가출·비행·중독·폭력 피해 등 위기',
          'depression, suicide risk, running away, delinquency, addiction, violence or another crisis',
        ),
        t(
          '청소년의 위기 상황 (청소년상담복지센터 판단)',
          'the youth’s crisis situation (youth counselling and welfare centre)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '청소년 상담 전문가가 위기 청소년을 직접 찾아가 상담하고, 문제 유형과 특성에 맞춘 서비스 제공',
      'youth counsellors visit and counsel the young person and provide services matched to the problem and the person',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
