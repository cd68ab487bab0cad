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
  title: '복지로 산재근로자 보험급여 (WLF00005447), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005447&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산업재해 보상보험 제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'iaBenefits.minCareDays',
    label: t('요양급여: 요양 기간 (일 이상)', 'medical-care benefit: care period (days, at least)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 4 }, sources: [booklet0] }],
  },
  {
    id: 'iaBenefits.sickLeaveRate',
    label: t(
      '휴업급여: 1일당 평균임금 대비 비율',
      'temporary-disability benefit: share of average daily wage',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.7 }, sources: [booklet0] }],
  },
  {
    id: 'iaBenefits.sickLeaveWaitingDays',
    label: t(
      '휴업급여 미지급 기간 (취업하지 못한 기간이 이 일수 이내)',
      'no temporary-disability benefit when off work for at most this many days',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet0] }],
  },
  {
    id: 'iaBenefits.funeralDays',
    label: t('장례비 (평균임금 일수)', 'funeral expenses (days of average wage)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 120 }, sources: [booklet0] }],
  },
  {
    id: 'iaBenefits.survivorLumpSumDays',
    label: t('유족보상일시금 (평균임금 일수)', 'survivor lump sum (days of average wage)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1300 }, sources: [booklet0] }],
  },
  {
    id: 'iaBenefits.disabilityPensionGrade1Days',
    label: t(
      '장해보상연금 1급 (평균임금 일수, 연)',
      'disability pension grade 1 (days of average wage, per year)',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 329 }, sources: [booklet0] }],
  },
  {
    id: 'iaBenefits.disabilityPensionGrade7Days',
    label: t(
      '장해보상연금 7급 (평균임금 일수, 연)',
      'disability pension grade 7 (days of average wage, per year)',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 138 }, sources: [booklet0] }],
  },
  {
    id: 'iaBenefits.injuryPensionAfterYears',
    label: t(
      '상병보상연금: 요양 기간 경과 (년)',
      'injury-and-disease pension: after this many years of care',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00005447',
  version: '2026.1',
  name: t('산재근로자 보험급여', 'Industrial accident insurance benefits'),
  ministry: '고용노동부',
  bureau: '산재보상정책과',
  legalBasis: [t('산업재해보상보험법', 'Industrial Accident Compensation Insurance Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '산재근로자 혹은 그 유족의 생활안정 및 사회복귀를 위한 보험급여를 지급합니다.',
    'Pays insurance benefits for the livelihood and return to society of workers injured at work, or of their survivors.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '산재보험이 적용되는 근로자 (상용·일용)',
        'a worker covered by industrial-accident insurance (regular or daily)',
      ),
      fact('employment', 'status'),
      'in',
      lit(['employee', 'dailyWorker']),
    ),
    judgement(
      t(
        '업무상 사고·질병 (업무상 재해 인정)',
        'occupational accident or disease (recognised as work-related)',
      ),
      t(
        '업무상 재해 인정 여부와 요양 기간 (근로복지공단 판정)',
        'whether the injury is recognised as work-related, and the care period (COMWEL decision)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '요양급여(4일 이상 요양 시 진찰·약제·수술·치료비 등), 휴업급여(1일당 평균임금의 70%, 취업하지 못한 기간 3일 이내면 미지급), 장해급여(1급 평균임금 329일분~7급 138일분 연금, 4급 1,012일분~14급 55일분 일시금), 유족급여(연금 (평균임금×365)의 52~67% 또는 일시금 1,300일분), 간병급여, 상병보상연금(요양 2년 경과·중증요양상태), 장례비(평균임금 120일분), 직업훈련비용 등',
      'Medical care (for 4+ days of care), temporary-disability benefit (70% of the average daily wage; none when off work for 3 days or less), disability benefit (pension of 329 days of average wage at grade 1 to 138 days at grade 7; lump sum of 1,012 days at grade 4 to 55 days at grade 14), survivor benefit (pension of 52–67% of average wage × 365, or a lump sum of 1,300 days), nursing benefit, injury-and-disease pension (after 2 years of care in a severe state), funeral expenses (120 days of average wage), vocational training costs and more',
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
      accidentDate: z.iso.date().meta({ label: t('재해 발생일', 'date of the accident') }),
      employerName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('재해 당시 사업장명', 'employer at the time of the accident') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'medicalOpinion',
        label: t('요양급여신청서 및 소견서', 'medical-care application with a doctor’s opinion'),
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
