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
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 영구 불임 예상 난자·정자 냉동 지원사업 (WLF00006285), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006285&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const healthCentre: Source = {
  title: '금정구보건소 「영구 불임 예상 난자·정자 냉동 지원사업」 안내',
  url: 'https://lll.geumjeong.go.kr/index.geumj?menuCd=DOM_000000503003019000',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'gameteFreezing.copayShare',
    ['지원 비율 (본인부담금의)', 'share of the patient’s own payment covered'],
    'ratio',
    0.5,
    healthCentre,
    '2025-01-01',
  ),
  scalar(
    'gameteFreezing.maxFemale',
    ['여성 지원 한도', 'limit for women'],
    'krw',
    2_000_000,
    healthCentre,
    '2025-01-01',
  ),
  scalar(
    'gameteFreezing.maxMale',
    ['남성 지원 한도', 'limit for men'],
    'krw',
    300_000,
    healthCentre,
    '2025-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00006285',
  version: '2026.1',
  name: t(
    '영구 불임 예상 난자·정자 냉동 지원사업',
    'Egg and sperm freezing support before expected permanent infertility',
  ),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [
    t(
      '모자보건법 시행령 제14조 (의학적 사유)',
      'Mother and Child Health Act Enforcement Decree, art. 14 (medical grounds)',
    ),
  ],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '생식기능이 손상되는 의료행위로 인하여 영구 불임이 되기 전에 가임력 보전을 위해 생식세포(난자/정자)를 동결/보존하는 경우, 관련 비용의 일부를 지원합니다.',
    'Pays part of the cost of freezing and storing eggs or sperm to preserve fertility before a medical procedure that damages reproductive function is expected to cause permanent infertility.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '주민등록된 대한민국 국적자 (재외국민 제외)',
        'registered Korean national (overseas nationals excluded)',
      ),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    cmp(
      t('건강보험 가입 확인', 'enrolled in National Health Insurance'),
      fact('healthInsurance', 'kind'),
      'in',
      lit(['employee', 'regional'], t('직장·지역 가입자', 'employee or regional member')),
    ),
    judgement(
      t(
        '모자보건법 시행령 제14조의 의학적 사유(난소·고환 절제, 항암치료, 염색체 이상 등)로 영구 불임이 예상됨 (생애 1회)',
        'permanent infertility expected from a medical ground in art. 14 of the Mother and Child Health Act Enforcement Decree (removal of ovaries or testes, cancer treatment, chromosomal disorders, …) (once in a lifetime)',
      ),
      t(
        '의료기관의 진단서·소견서, 생식세포 채취 기록',
        'medical certificate or opinion, and the record of gamete retrieval',
      ),
    ),
  ),
  benefit: {
    description: t(
      '검사·과배란유도·생식세포(난자·정자) 채취·동결·보관 비용 중 본인부담금의 50% 지원, 여성 최대 200만 원·남성 최대 30만 원, 생애 1회 (입원료·연장 보관료 등 제외)',
      'Pays 50% of the patient’s own payment for tests, ovarian stimulation, retrieval, freezing and storage of eggs or sperm, up to KRW 2,000,000 for women and 300,000 for men, once in a lifetime (ward fees, extended storage and similar excluded)',
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
  sources: [catalogue, healthCentre],
  fidelity: 'summary',
  parameters,
  cases,
});
