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
  title: '복지로 출산육아기 고용안정장려금 (WLF00003224), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003224&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「출산육아기 고용안정장려금(대체인력 지원금)」',
  status: 'official',
};
const booklet1: Source = {
  title:
    '2024 나에게 힘이 되는 복지서비스 「출산육아기 고용안정장려금 (육아휴직 지원금, 육아기 근로시간 단축 지원금)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'leaveEmployerIncentive.minLeaveDays',
    label: t('휴직·단축 부여 기간 (일 이상)', 'leave or reduced hours granted (days, at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30 }, sources: [booklet0] }],
  },
  {
    id: 'leaveEmployerIncentive.retentionMonths',
    label: t(
      '육아휴직·단축 종료 후 계속 고용 (개월 이상)',
      'continued employment after parental leave or reduced hours (months)',
    ),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet0] }],
  },
  {
    id: 'leaveEmployerIncentive.replacementHandover',
    label: t(
      '대체인력 지원금: 업무인수인계기간 (월, 최대 2개월)',
      'replacement staff: handover period (monthly, up to 2 months)',
    ),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1_200_000 }, sources: [booklet0] }],
  },
  {
    id: 'leaveEmployerIncentive.replacement',
    label: t('대체인력 지원금 (월)', 'replacement staff subsidy (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 800_000 }, sources: [booklet0] }],
  },
  {
    id: 'leaveEmployerIncentive.parentalLeave',
    label: t('육아휴직 지원금 (근로자 1인당 월)', 'parental-leave subsidy per worker (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300_000 }, sources: [booklet0] }],
  },
  {
    id: 'leaveEmployerIncentive.parentalLeaveSpecial',
    label: t('육아휴직 특례 (최초 3개월, 월)', 'parental-leave special rate (first 3 months, monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'leaveEmployerIncentive.reducedHours',
    label: t('육아기 근로시간 단축 지원금 (월)', 'reduced-hours subsidy (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300_000 }, sources: [booklet0] }],
  },
  {
    id: 'leaveEmployerIncentive.reducedHoursIncentive',
    label: t(
      '육아기 근로시간 단축 지원금 인센티브 적용 (월)',
      'reduced-hours subsidy with incentive (monthly)',
    ),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 400_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00003224',
  version: '2026.1',
  name: t(
    '출산육아기 고용안정장려금',
    'Employment stability incentive for employers granting maternity and parental leave',
  ),
  ministry: '고용노동부',
  bureau: '고용문화개선정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '출산전후휴가, 유산·사산 휴가, 육아휴직, 육아기 근로시간 단축 등을 부여(허용)한 사업주에게 장려금, 대체인력 인건비 등을 지원합니다.',
    'Pays incentives and replacement-staff wage costs to employers who grant maternity leave, miscarriage or stillbirth leave, parental leave or reduced working hours for childcare.',
  ),
  criteria: all(
    undefined,
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    cmp(
      t('고용보험 피보험자', 'insured under employment insurance'),
      fact('employment', 'employmentInsured'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '우선지원대상기업 사업주가 이 근로자에게 출산전후휴가(유산·사산휴가)·육아휴직·육아기 근로시간 단축을 30일 이상 부여하고 종료 후 계속 고용 (대체인력은 시작 전 2개월 이후 채용해 30일 이상 고용)',
        'a priority-support employer granted this worker 30+ days of maternity, parental leave or reduced hours and kept them on afterwards (replacement staff hired from 2 months before and kept 30+ days)',
      ),
      t(
        '휴가·휴직 부여 기간, 종료 후 고용 유지, 대체인력 채용, 우선지원대상기업 여부 (고용센터)',
        'leave period, continued employment, replacement hiring and the employer’s priority-support status (job centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '사업주에게 대체인력 지원금(업무인수인계기간 월 120만 원, 휴가 등 기간 월 80만 원), 육아휴직 지원금 월 30만 원(만 12개월 이내 자녀 3개월 이상 연속 허용 시 최초 3개월 월 200만 원), 육아기 근로시간 단축 지원금 월 30만 원(인센티브 월 40만 원). 50%는 3개월 단위, 나머지는 고용 유지 후 지급',
      'For the employer: replacement staff 1,200,000 a month during handover and 800,000 during the leave; parental leave 300,000 a month (2,000,000 for the first 3 months when granting 3+ consecutive months for a child under 12 months); reduced hours 300,000 a month (400,000 with the incentive). Half is paid quarterly, the rest after continued employment',
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
      employerName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('사업장명', 'employer') }),
      leaveType: z
        .enum(['maternity', 'miscarriage', 'parental', 'reducedHours'])
        .meta({ label: t('휴가·휴직 종류', 'type of leave') }),
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
  sources: [catalogue, booklet0, booklet1],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
