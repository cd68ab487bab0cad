import {
  all,
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
  title: '복지로 직업능력개발운영(훈련수당) (WLF00004651), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004651&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 직업능력개발 운영(훈련수당)」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 직업능력개발운영(훈련수당) 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004651&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityTraining.minAge',
    label: t('훈련 대상 연령 (만 나이 이상)', 'trainee age (at least)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [booklet0] }],
  },
  {
    id: 'disabilityTraining.participationAllowance',
    label: t('훈련참여수당 (월 최대)', 'participation allowance (monthly maximum)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200_000 }, sources: [booklet0] }],
  },
  {
    id: 'disabilityTraining.participationAllowanceLinked',
    label: t(
      '훈련참여수당 (취업성공패키지 연계, 월)',
      'participation allowance linked to the employment success package (monthly)',
    ),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 284_000 }, sources: [booklet0] }],
  },
  {
    id: 'disabilityTraining.transport',
    label: t('교통비 (통학 훈련생, 월 최대)', 'transport (commuting trainees, monthly maximum)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50_000 }, sources: [booklet0] }],
  },
  {
    id: 'disabilityTraining.meal',
    label: t('식비 (월 최대)', 'meals (monthly maximum)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 66_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00004651',
  version: '2026.1',
  name: t('직업능력개발운영(훈련수당)', 'Vocational training allowance for disabled trainees'),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [
    t(
      '장애인고용촉진 및 직업재활법',
      'Act on the Employment Promotion and Vocational Rehabilitation of Disabled Persons',
    ),
  ],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '장애인이 그 희망·적성·능력 등에 맞는 직업생활을 할 수 있도록 하기 위하여 장애인에게 직업능력개발훈련을 실시합니다.',
    'Provides vocational training to disabled people so that they can work in jobs matching their wishes, aptitude and ability.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 15세 이상', 'aged 15 or over'), v('person.age'), '>=', param('disabilityTraining.minAge')),
    cmp(t('등록 장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    cmp(
      t('실업급여 수급 중이 아님', 'not receiving unemployment benefit'),
      fact('unemploymentBenefit'),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '한국장애인고용공단 훈련기관의 입학 절차를 통과한 훈련생 (취업성공패키지 연계는 만 18세 이상 1단계 이수자), 다른 법령에 따른 훈련수당 미수급',
        'a trainee admitted to a KEAD training institution (18+ and stage 1 completed when linked to the employment success package), not receiving a training allowance under other laws',
      ),
      t(
        '입학 절차 통과와 다른 훈련수당 수급 여부 (한국장애인고용공단)',
        'admission and other training allowances (KEAD)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '훈련참여수당 월 최대 20만 원(취업성공패키지 연계 월 28만 4,000원), 통학 훈련생 교통비 월 최대 5만 원, 식비 월 최대 6만 6,000원(1일 3,300원). 월 출석률 80% 미만이면 미지급 (2022)',
      'Participation allowance up to 200,000 a month (284,000 when linked to the employment success package), transport up to 50,000 and meals up to 66,000 a month (3,300 a day); not paid for months with attendance under 80% (2022)',
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
  sources: [catalogue, booklet0, detail2022],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
