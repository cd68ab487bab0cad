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
  title: '복지로 스포츠강좌이용권 (WLF00000076), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000076&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「스포츠강좌이용권」',
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
  scalar('sportsVoucher.minAge', ['대상 연령 하한 (만)', 'minimum age'], 'years', 5, booklet, '2024-01-01'),
  scalar(
    'sportsVoucher.maxAge',
    ['대상 연령 상한 (만, 이하)', 'maximum age'],
    'years',
    18,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'sportsVoucher.monthlyAmount',
    ['월 지원 한도', 'monthly limit'],
    'krw/month',
    100000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00000076',
  version: '2026.1',
  name: t('스포츠강좌이용권', 'Sports class voucher'),
  ministry: '문화체육관광부',
  bureau: '체육진흥과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '저소득층 유청소년에게 지속적인 스포츠 활동 기회를 보장하여 체력향상과 건전한 여가활동을 지원합니다.',
    'Guarantees low-income children and young people steady opportunities for sport, supporting their fitness and healthy leisure.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 5세 이상', 'aged 5 or over'), v('person.age'), '>=', param('sportsVoucher.minAge')),
    cmp(t('만 18세 이하', 'aged 18 or under'), v('person.age'), '<=', param('sportsVoucher.maxAge')),
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
      '1인당 매월 10만 원 이내 스포츠강좌(태권도·수영 등) 수강료 지원 이용권',
      'A voucher for sports classes (taekwondo, swimming, …) of up to KRW 100,000 a month',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
