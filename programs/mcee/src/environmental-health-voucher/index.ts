import {
  all,
  any,
  cmp,
  defineProgram,
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
  title: '복지로 환경보건이용권 (WLF00003225), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003225&wlfareInfoReldBztpCd=01',
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
    'environmentalHealthVoucher.ageBelow',
    ['대상 어린이 연령 (만, 미만)', 'children under'],
    'years',
    13,
    catalogue,
    '2026-01-01',
  ),
  scalar(
    'environmentalHealthVoucher.pointValue',
    ['이용권 포인트', 'voucher points'],
    'krw',
    100000,
    catalogue,
    '2026-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00003225',
  version: '2026.1',
  name: t('환경보건이용권', 'Environmental health voucher'),
  ministry: '기후에너지환경부',
  bureau: '환경보건정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '환경보건이용권(10만원 상당 포인트)을 통해 기초생활수급자 13세 미만 어린이에게 환경성질환 예방용품, 청소서비스, 건강체험, 진료비 지원 및 실내환경 유해인자 진단·컨설팅 등 지원합니다.',
    'Gives children under 13 in NBLSS households an environmental health voucher (points worth KRW 100,000) for products preventing environmental diseases, cleaning services, health activities, medical costs and indoor-environment testing and advice.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('13세 미만 어린이', 'child under 13'),
      v('person.age'),
      '<',
      param('environmentalHealthVoucher.ageBelow'),
    ),
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
  ),
  benefit: {
    description: t(
      '10만 원 상당 환경보건이용권 포인트: 환경성질환 예방용품, 청소 서비스, 건강체험, 진료비, 실내환경 유해인자 진단·컨설팅',
      'Environmental health voucher points worth KRW 100,000 for products that prevent environmental diseases, cleaning services, health activities, medical costs and indoor-hazard testing and advice',
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
  sources: [catalogue],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
