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
  title: '복지로 제대군인전직지원금 (WLF00000096), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000096&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「제대군인 전직지원금 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteranCareerTransitionAllowance.minServiceYears',
    label: t('복무기간 (이상)', 'minimum length of service'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
  {
    id: 'veteranCareerTransitionAllowance.maxServiceMonths',
    label: t('복무기간 상한 (19년 6개월 미만)', 'length of service limit (under 19 years 6 months)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 234 }, sources: [booklet] }],
  },
  {
    id: 'veteranCareerTransitionAllowance.applicationWindowMonths',
    label: t('전역 후 신청 기한', 'application window after discharge'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'veteranCareerTransitionAllowance.monthlyLongService',
    label: t('장기복무 제대군인 월 지급액', 'monthly amount, long-term service'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 700000 }, sources: [booklet] }],
  },
  {
    id: 'veteranCareerTransitionAllowance.monthlyMidService',
    label: t('중기복무 제대군인 월 지급액', 'monthly amount, mid-term service'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 500000 }, sources: [booklet] }],
  },
  {
    id: 'veteranCareerTransitionAllowance.paymentMonths',
    label: t('지급 기간', 'payment period'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'veteranCareerTransitionAllowance.earlyJobLumpShare',
    label: t(
      '취·창업 시 남은 지급액 중 일시금 비율',
      'share of the remaining amount paid as a lump sum on finding work',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000096',
  version: '2026.1',
  name: t('제대군인전직지원금', 'Career-transition allowance for discharged service members'),
  ministry: '국가보훈부',
  bureau: '제대군인일자리과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge'],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '실업상태의 군인연금 비대상자에게 제대군인 전직지원금을 지급하여 중·장기복무 제대군인의 생활안정을 도모하고 취업과 창업을 지원합니다.',
    'Pays a career-transition allowance to unemployed mid- and long-term discharged service members who are not covered by the military pension, to stabilise their lives and help them find work or start a business.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('전역한 제대군인', 'discharged from military service'),
      fact('military', 'status'),
      'in',
      lit(['discharged']),
    ),
    judgement(
      t(
        '현역 5년 이상 19년 6개월 미만 복무한 중·장기복무 제대군인으로 전역 후 6개월 이내 신청',
        'mid- or long-term service of 5 years to under 19 years 6 months, applying within 6 months of discharge',
      ),
      t(
        '복무기간과 전역일 (국방부·국가보훈부)',
        'length of service and discharge date (defence and veterans ministries)',
      ),
    ),
    cmp(t('실업 상태', 'unemployed'), fact('employment', 'status'), '==', lit('unemployed')),
    cmp(
      t('적극적 구직활동 (구직 등록)', 'actively seeking work (registered job-seeker)'),
      fact('jobSeeker'),
      '==',
      lit(true),
    ),
    cmp(
      t(
        '군인연금(퇴역연금·퇴역연금일시금 등) 미수급',
        'no military pension (retirement pension or lump sum)',
      ),
      fact('occupationalPension'),
      '==',
      lit(false),
    ),
  ),
  benefit: {
    description: t(
      '장기복무 제대군인 월 700,000원, 중기복무 제대군인 월 500,000원을 6개월간 지급. 수급 중 취·창업하면 남은 달의 총 지급액의 1/2을 일시금으로 지급 (2024년 기준)',
      'Long-term service 700,000 and mid-term service 500,000 a month for 6 months; on finding work or starting a business, half of the remaining amount is paid as a lump sum (2024)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'dischargeCertificate',
        label: t('전역증 또는 병적증명서', 'discharge certificate or military service record'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
