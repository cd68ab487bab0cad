import {
  all,
  any,
  cmp,
  defineProgram,
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
  title: '복지로 개인채무조정 (WLF00005036), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005036&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「신용회복위원회 채무조정」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'debtAdjustment.totalCap',
    label: t('총 채무액 기준 (이하)', 'total debt limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1_500_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'debtAdjustment.unsecuredCap',
    label: t('무담보 채무 기준 (이하)', 'unsecured debt limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 500_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'debtAdjustment.securedCap',
    label: t('담보 채무 기준 (이하)', 'secured debt limit'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1_000_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'debtAdjustment.maxYears',
    label: t('상환기간 조정 (최장)', 'longest repayment period'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00005036',
  version: '2026.1',
  name: t('개인채무조정', 'Personal debt adjustment (Credit Counselling and Recovery Service)'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '채무를 정상적으로 상환하기 어려운 분들을 대상으로 채무감면, 이자율 조정, 장기 분할상환 등의 채무조정을 통해 경제적으로 재기할 수 있도록 지원합니다.',
    'Helps people who cannot repay their debts normally get back on their feet through debt adjustment: reductions, interest-rate changes and long instalment plans.',
  ),
  criteria: all(
    undefined,
    cmp(t('가구에 채무가 있음', 'the household has debt'), v('household.debt'), '>', lit(0)),
    any(
      t(
        '총 채무액 15억 원 이하 (무담보 5억 원, 담보 10억 원)',
        'total debt at most 1,500,000,000 (500,000,000 unsecured, 1,000,000,000 secured)',
      ),
      cmp(
        t('가구 부채 합계가 15억 원 이하', 'household debt at most 1,500,000,000'),
        v('household.debt'),
        '<=',
        param('debtAdjustment.totalCap'),
      ),
      judgement(
        t(
          '본인의 협약기관 채무액이 기준 이하 (가구 부채에 다른 가구원 채무 포함)',
          'the applicant’s own debt to member institutions is within the limit (household debt includes other members’)',
        ),
        t(
          '본인 채무 내역 (신용회복위원회)',
          'the applicant’s debts (Credit Counselling and Recovery Service)',
        ),
      ),
    ),
    judgement(
      t(
        '신용회복지원협약 가입기관 채무의 연체 발생 (연체 30일 이하·미연체는 실업·휴직·폐업·질병 등으로 정상상환 곤란)',
        'arrears on debts to member institutions (for 30 days or less, or none yet: unable to repay because of job loss, leave, business closure, illness, …)',
      ),
      t(
        '연체 기간과 상환 곤란 사유 (신용회복위원회 상담)',
        'days in arrears and reason (Credit Counselling and Recovery Service)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '연체 전·30일 이하 신속채무조정(연체이자 감면, 최장 10년 상환, 약정이자율 인하), 31~89일 프리워크아웃(이자율 30~70% 인하), 90일 이상 개인워크아웃(이자 전액 감면, 원금 0~70% 감면, 최장 8년 상환)',
      'Fast-track adjustment before or up to 30 days in arrears (late interest waived, up to 10 years, lower rates), pre-workout for 31–89 days (rates cut by 30–70%), and individual workout from 90 days (all interest waived, 0–70% of principal reduced, up to 8 years)',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
