import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 산재근로자원직장복귀지원 (WLF00001085), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001085&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산재근로자 직장복귀 지원(사업주)」',
  status: 'official',
};
const booklet1: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산재근로자 직장복귀 지원(근로자)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'iaReturnToWork.minRetentionMonths',
    label: t('고용 유지 기간 (개월 이상)', 'employment kept for at least (months)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet0] }],
  },
  {
    id: 'iaReturnToWork.subsidyMin',
    label: t('직장복귀지원금 월 최소', 'return-to-work subsidy, monthly minimum'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 450_000 }, sources: [booklet0] }],
  },
  {
    id: 'iaReturnToWork.subsidyMax',
    label: t('직장복귀지원금 월 최대', 'return-to-work subsidy, monthly maximum'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 800_000 }, sources: [booklet0] }],
  },
  {
    id: 'iaReturnToWork.subsidyMonths',
    label: t('직장복귀지원금 최대 지급 기간', 'return-to-work subsidy, maximum months'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet0] }],
  },
  {
    id: 'iaReturnToWork.adaptationTraining',
    label: t('직장적응훈련비 (월, 최대 3개월)', 'workplace adaptation training (monthly, up to 3 months)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 450_000 }, sources: [booklet0] }],
  },
  {
    id: 'iaReturnToWork.rehabExercise',
    label: t('재활운동비 (월, 최대 3개월)', 'rehabilitation exercise (monthly, up to 3 months)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 150_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00001085',
  version: '2026.1',
  name: t('산재근로자원직장복귀지원', 'Return-to-work support for injured workers'),
  ministry: '고용노동부',
  bureau: '산재보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '산업재해로 장해를 입은 근로자가 기존 직장으로 복귀할 수 있도록 지원합니다.',
    'Helps workers disabled by an industrial accident return to their original workplace.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '산재보험급여 수급 (업무상 재해가 인정된 산재근로자 또는 유족)',
        'receives industrial-accident insurance benefits (worker whose injury was recognised, or survivor)',
      ),
      receives(
        'WLF00005447',
        t(
          '산재보험급여 수급 (업무상 재해가 인정된 산재근로자 또는 유족)',
          'receives industrial-accident insurance benefits (worker whose injury was recognised, or survivor)',
        ),
        'person',
      ),
      '==',
      lit(true),
    ),
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '장해등급 1~12급 산재장해인을 고용단절 없이 원직장에 복귀시켜 6개월 이상 고용 유지 (사업주 지원금)',
        'the employer took the worker (disability grades 1–12) back without a break and kept them employed for 6+ months (employer subsidy)',
      ),
      t(
        '장해등급, 원직장 복귀일과 고용 유지 기간 (근로복지공단)',
        'disability grade, date of return and employment period (COMWEL)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '사업주에게 직장복귀지원금 월 45만~80만 원(최대 12개월), 직장적응훈련비 월 45만 원(최대 3개월), 재활운동비 월 15만 원(최대 3개월)을 실제 지급 임금·비용 기준으로 지급. 근로자에게는 재활상담, 집중재활치료, 직업능력평가, 작업능력강화훈련 등 직장복귀 재활서비스',
      'The employer receives a return-to-work subsidy of 450,000–800,000 a month (up to 12 months), adaptation training of 450,000 a month and rehabilitation exercise of 150,000 a month (up to 3 months each), based on wages and costs actually paid; the worker receives rehabilitation counselling, intensive therapy, work-capacity assessment and training',
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
        .meta({ label: t('복귀 사업장명', 'employer returned to') }),
      returnDate: z.iso.date().meta({ label: t('직장 복귀일', 'date of return to work') }),
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
  dependsOn: ['WLF00005447'],
  parameters: parameters,
  cases,
});
