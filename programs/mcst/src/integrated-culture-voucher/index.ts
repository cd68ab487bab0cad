import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 통합문화이용권 (WLF00000055), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000055&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「통합문화이용권(문화누리카드)」',
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
const derived: Source = {
  title: '「6세 이상 (2018년 12월 31일 이전 출생)」을 연도별로 계산',
  status: 'derived',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'cultureVoucher.bornBy',
    label: t(
      '대상 출생연도 (이 해 12월 31일 이전 출생, 6세 이상)',
      'born on or before 31 December of (aged 6 or over)',
    ),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 2018 }, sources: [booklet] },
      { from: '2025-01-01', value: { type: 'scalar', value: 2019 }, sources: [booklet, derived] },
      { from: '2026-01-01', value: { type: 'scalar', value: 2020 }, sources: [booklet, derived] },
    ],
  },
  scalar(
    'cultureVoucher.annualAmount',
    ['연간 지원금 (1인 1매)', 'annual amount (one card per person)'],
    'krw/year',
    130000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00000055',
  version: '2026.1',
  name: t('통합문화이용권', 'Integrated culture voucher (Munhwa Nuri card)'),
  ministry: '문화체육관광부',
  bureau: '문화정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'annual',
  summary: t(
    '기초생활수급자 및 차상위계층 대상 문화예술·국내 여행·체육 활동 지원을 통해 문화 향유 기회 확대로 문화격차 완화 및 소외계층의 삶의 질 향상을 도모합니다.',
    'Supports arts, domestic travel and sports for NBLSS recipients and near-poor people, widening access to culture, narrowing the cultural gap and improving quality of life.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('6세 이상 (출생연도 기준)', 'aged 6 or over (by year of birth)'),
      v('person.birthYear'),
      '<=',
      param('cultureVoucher.bornBy'),
    ),
    any(
      t('기초생활수급자, 차상위계층 또는 한부모가족', 'NBLSS recipient, near-poor or single-parent family'),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education)',
        ),
        cmp(
          t('생계급여 수급', 'livelihood benefit recipient'),
          receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('의료급여 수급', 'medical benefit recipient'),
          receives('WLF00000102', t('의료급여 수급', 'medical benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('주거급여 수급', 'housing benefit recipient'),
          receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급', 'education benefit recipient'),
          receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
          '==',
          lit(true),
        ),
      ),
      cmp(t('차상위계층', 'near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
      cmp(
        t('한부모가족 증명', 'single-parent family certificate'),
        fact('singleParentFamily'),
        '==',
        lit(true),
      ),
    ),
  ),
  benefit: {
    description: t(
      '문화예술·관광·체육활동에 쓰는 문화누리카드 (1인 1매, 2024년 연 13만 원)',
      'A Munhwa Nuri card for arts, travel and sport (one per person; KRW 130,000 a year in 2024)',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('cultureVoucher.annualAmount');
      return { amountKrw, lines: [{ label: t('연간 지원금', 'annual amount'), value: amountKrw }] };
    },
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
