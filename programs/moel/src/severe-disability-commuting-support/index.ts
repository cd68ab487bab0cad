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
  title: '복지로 중증장애인근로자 출퇴근비용 지원 사업 (WLF00001154), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001154&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 중증장애인 근로자 출퇴근비용 지원 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001154&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'commutingSupport.monthly',
    label: t('출퇴근비용 교통바우처 (월)', 'commuting transport voucher (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2022-01-01', value: { type: 'scalar', value: 50_000 }, sources: [detail2022] }],
  },
];

export default defineProgram({
  id: 'WLF00001154',
  version: '2026.1',
  name: t(
    '중증장애인근로자 출퇴근비용 지원 사업',
    'Commuting cost support for workers with severe disabilities',
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
  lifeCycle: [],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '중증장애인 근로자에게 출퇴근비용을 지원하여 중증장애인의 근로의욕을 고취하고 안정적인 직업생활 유지를 지원합니다.',
    'Supports the commuting costs of workers with severe disabilities, to encourage them to work and keep a stable working life.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('중증 장애 (장애 정도 심한)', 'severe disability'),
      fact('disability', 'severity'),
      '==',
      lit('severe'),
    ),
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '최저임금 적용제외 인가를 받은 근로자 (최저임금법 제7조)',
        'a worker with a minimum-wage exemption (Minimum Wage Act art. 7)',
      ),
      t('최저임금 적용제외 인가 여부 (지방고용노동관서)', 'minimum-wage exemption (regional labour office)'),
    ),
  ),
  benefit: {
    description: t('월 5만 원 교통바우처 (2022년 기준)', 'Transport voucher of 50,000 a month (2022)'),
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
  sources: [catalogue, detail2022],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
