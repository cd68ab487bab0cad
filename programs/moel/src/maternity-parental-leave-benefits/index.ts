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
  title:
    '복지로 모성보호육아지원(출산전후휴가(유산ㆍ사산휴가 포함) 급여, 육아휴직등 급여) (WLF00003226), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003226&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「출산전후(유산·사산)휴가 급여 지원」',
  status: 'official',
};
const booklet1: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「육아휴직 급여 지원」',
  status: 'official',
};
const booklet2: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「배우자 출산휴가급여 지원」',
  status: 'official',
};
const booklet3: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「육아기 근로시간 단축 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'maternityLeave.minInsuredDays',
    label: t('피보험 단위기간 (일 이상)', 'insured days (at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 180 }, sources: [booklet0] }],
  },
  {
    id: 'maternityLeave.claimMonths',
    label: t('신청 기한 (종료 후 개월 이내)', 'application deadline after the leave ends (months)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet0] }],
  },
  {
    id: 'maternityLeave.maternityCap30Days',
    label: t('출산전후휴가 급여 상한 (30일 기준)', 'maternity leave benefit cap (per 30 days)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2_100_000 }, sources: [booklet0] }],
  },
  {
    id: 'maternityLeave.parentalLeaveRate',
    label: t('육아휴직 급여 (통상임금 대비)', 'parental leave benefit (share of ordinary wage)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.8 }, sources: [booklet0] }],
  },
  {
    id: 'maternityLeave.parentalLeaveCap',
    label: t('육아휴직 급여 상한 (월)', 'parental leave benefit cap (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1_500_000 }, sources: [booklet0] }],
  },
  {
    id: 'maternityLeave.parentalLeaveFloor',
    label: t('육아휴직 급여 하한 (월)', 'parental leave benefit floor (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 700_000 }, sources: [booklet0] }],
  },
  {
    id: 'maternityLeave.deferredShare',
    label: t('육아휴직 사후지급금 비율 (복귀 6개월 후)', 'share paid after 6 months back at work'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.25 }, sources: [booklet0] }],
  },
  {
    id: 'maternityLeave.paternityLeaveCap',
    label: t('배우자 출산휴가 급여 상한 (최초 5일)', 'paternity leave benefit cap (first 5 days)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 401_910 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00003226',
  version: '2026.1',
  name: t(
    '모성보호육아지원(출산전후휴가(유산ㆍ사산휴가 포함) 급여, 육아휴직등 급여)',
    'Maternity, paternity and parental leave benefits',
  ),
  ministry: '고용노동부',
  bureau: '고용문화개선정책과',
  legalBasis: [t('고용보험법', 'Employment Insurance Act')],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '출산전후 휴가급여, 육아휴직급여, 난임치료휴가급여 등의 지급을 통해 일과 가정의 양립을 지원하고 모성보호를 도모합니다.',
    'Supports work–family balance and maternity protection by paying maternity leave, parental leave and infertility treatment leave benefits.',
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
        '출산전후(유산·사산)휴가·배우자 출산휴가·육아휴직(30일 이상)·육아기 근로시간 단축(30일 이상)을 사용하고, 고용보험 피보험 단위기간 180일 이상, 종료 후 12개월 이내 신청',
        'took maternity (miscarriage or stillbirth) leave, paternity leave, parental leave (30+ days) or reduced hours (30+ days), with 180+ insured days, applying within 12 months after it ends',
      ),
      t('휴가·휴직 사용 기간과 피보험 단위기간 (고용센터)', 'leave taken and insured days (job centre)'),
    ),
  ),
  benefit: {
    description: t(
      '출산전후휴가 급여: 통상임금(30일 상한 210만 원, 하한 최저임금), 우선지원대상기업 90일(쌍둥이 120일) 최대 630만 원, 대규모기업 마지막 30일 최대 210만 원; 유산·사산휴가 5~90일. 육아휴직 급여: 통상임금의 80%(상한 150만 원, 하한 70만 원), 25%는 복귀 6개월 후 지급, 6+6 부모육아휴직제 첫 6개월 100%(월 200만~450만 원). 배우자 출산휴가 최초 5일 (상한 40만 1,910원). 육아기 근로시간 단축: 최초 5시간 통상임금 100%(상한 200만 원), 나머지 80%(상한 150만 원) 비례',
      'Maternity leave: ordinary wage (cap 2,100,000 per 30 days, floor the minimum wage), 90 days (120 for twins) up to 6,300,000 at priority-support firms, the last 30 days up to 2,100,000 at large firms; miscarriage or stillbirth leave 5–90 days. Parental leave: 80% of ordinary wage (cap 1,500,000, floor 700,000), 25% paid 6 months after returning; 6+6 scheme 100% for the first 6 months (2,000,000–4,500,000). Paternity leave: first 5 days (cap 401,910). Reduced hours: 100% for the first 5 hours (cap 2,000,000) and 80% for the rest (cap 1,500,000), pro rata',
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
      leaveType: z
        .enum(['maternity', 'miscarriage', 'paternity', 'parental', 'reducedHours'])
        .meta({ label: t('휴가·휴직 종류', 'type of leave') }),
      leaveStart: z.iso.date().meta({ label: t('휴가·휴직 시작일', 'first day of leave') }),
      leaveEnd: z.iso.date().meta({ label: t('휴가·휴직 종료일', 'last day of leave') }),
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
  sources: [catalogue, booklet0, booklet1, booklet2, booklet3],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
