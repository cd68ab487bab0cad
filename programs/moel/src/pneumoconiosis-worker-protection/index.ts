import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 진폐근로자보호 (WLF00001124), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001124&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「진폐근로자 보호」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'pneumoconiosis.minDustWorkYears',
    label: t('분진작업 종사 기간 (년 이상)', 'dust work (years, at least)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet0] }],
  },
  {
    id: 'pneumoconiosis.examAllowancePerDay',
    label: t(
      '정밀건강진단 입원 1일당 진단 수당',
      'diagnosis allowance per day of in-patient detailed examination',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50_000 }, sources: [booklet0] }],
  },
  {
    id: 'pneumoconiosis.consolationMinDays',
    label: t('진폐 재해 위로금 최소 (평균임금 일수)', 'consolation money minimum (days of average wage)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 215 }, sources: [booklet0] }],
  },
  {
    id: 'pneumoconiosis.consolationMaxDays',
    label: t('진폐 재해 위로금 최대 (평균임금 일수)', 'consolation money maximum (days of average wage)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1040 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00001124',
  version: '2026.1',
  name: t('진폐근로자보호', 'Protection of workers with pneumoconiosis'),
  ministry: '고용노동부',
  bureau: '산재보상정책과',
  legalBasis: [
    t(
      '진폐의 예방과 진폐근로자의 보호 등에 관한 법률',
      'Act on the Prevention of Pneumoconiosis and Protection of Pneumoconiotics',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '진폐예방법 적용 광업의 분진작업 종사 근로자에 대하여 건강진단 및 정밀진단을 실시하여 진폐를 예방하고, 진폐근로자 및 유족에게 위로금을 지급하여 건강 보호와 생활안정을 지원합니다.',
    'Provides health examinations for mine workers exposed to dust to prevent pneumoconiosis, and pays consolation money to workers with pneumoconiosis and their survivors.',
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
    judgement(
      t(
        '8대 광업 분진작업에 1년 이상 종사하고 진폐 장해 판정을 받은 근로자',
        'worked 1+ year in dust work in one of the eight mining industries and was rated disabled by pneumoconiosis',
      ),
      t(
        '분진작업 종사 기간과 진폐 장해 판정 (근로복지공단)',
        'years of dust work and pneumoconiosis disability rating (COMWEL)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '진폐 건강진단 비용 실비(정밀진단 입원 1일당 5만 원 진단수당·통원료 실비), 장해등급에 따라 평균임금 215~1,040일분의 진폐 재해 위로금, 진폐근로자 자녀 중·고등학교 학자금',
      'Pneumoconiosis health examinations at cost (50,000 a day diagnosis allowance for in-patient detailed examinations, travel at cost), consolation money of 215–1,040 days of average wage by disability grade, and middle- and high-school fees for the workers’ children',
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
  dependsOn: ['WLF00005447'],
  parameters: parameters,
  cases,
});
