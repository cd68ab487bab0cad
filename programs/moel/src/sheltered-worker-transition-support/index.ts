import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 최저임금적용제외 근로장애인 전환지원 (WLF00001187), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001187&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「근로장애인 전환지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 근로장애인 전환지원 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001187&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'shelteredTransition.promotionAllowance',
    label: t('고용전환촉진수당 (월 최대)', 'transition promotion allowance (monthly maximum)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300_000 }, sources: [booklet0] }],
  },
  {
    id: 'shelteredTransition.successAllowance',
    label: t(
      '고용전환 취업성공수당 (3개월 근속 시)',
      'transition success allowance (after 3 months in the job)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'shelteredTransition.successMonths',
    label: t('취업성공수당 근속 기간', 'months in the new job for the success allowance'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00001187',
  version: '2026.1',
  name: t(
    '최저임금적용제외 근로장애인 전환지원',
    'Transition support for disabled workers exempt from the minimum wage',
  ),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [
    t(
      '장애인고용촉진 및 직업재활법',
      'Act on the Employment Promotion and Vocational Rehabilitation of Disabled Persons',
    ),
  ],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '장애인직업재활시설 최저임금적용제외 장애인에게 직업재활과 훈련기회를 제공하여 최저임금 이상 양질의 일자리로 전환을 지원합니다.',
    'Gives disabled workers in vocational rehabilitation facilities who are exempt from the minimum wage vocational rehabilitation and training, to help them move into good jobs paying at least the minimum wage.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '장애인직업재활시설(정신재활시설 포함) 소속으로 최저임금 적용제외 인가를 받은 근로자',
        'works in a vocational rehabilitation facility (or psychiatric rehabilitation facility) under a minimum-wage exemption',
      ),
      t(
        '소속 시설과 최저임금 적용제외 인가 (한국장애인고용공단)',
        'facility and minimum-wage exemption (KEAD)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '직업재활시설 내 최저임금 적용제외 근로자의 최저임금 이상 사업장 전환 취업 지원 프로그램, 고용전환촉진수당 월 최대 30만 원, 전환 취업 후 3개월 근속 시 취업성공수당 100만 원',
      'Programmes to move minimum-wage-exempt workers into jobs paying at least the minimum wage; a transition allowance of up to 300,000 a month and a success allowance of 1,000,000 after 3 months in the new job',
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
