import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 여성기업종합지원센터운영 (WLF00000075), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000075&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「여성기업 종합지원센터 운영」',
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
    'womenBusinessCentre.startupYears',
    ['창업 기간 (년 미만)', 'years since start-up (fewer than)'],
    'years',
    3,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'womenBusinessCentre.tenancyYears',
    ['입주 기간 (년, 최대 3년 연장)', 'tenancy (years; extendable to 3)'],
    'years',
    1,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'womenBusinessCentre.deposit',
    ['보증금 (실당)', 'deposit per room'],
    'krw',
    1500000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'womenBusinessCentre.feeCapital',
    ['관리비 (수도권, 평당 월 평균)', 'service charge in the capital area (per pyeong per month)'],
    'krw/month',
    30000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'womenBusinessCentre.feeOther',
    ['관리비 (비수도권, 평당 월 평균)', 'service charge elsewhere (per pyeong per month)'],
    'krw/month',
    15000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00000075',
  version: '2026.1',
  name: t('여성기업종합지원센터운영', "Women's business support centres"),
  ministry: '중소벤처기업부',
  bureau: '중소기업제도과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'facility',
  cycle: 'asNeeded',
  summary: t(
    '여성기업 지원을 통해 여성의 창업을 활성화하고 여성기업의 경쟁력을 강화합니다.',
    'Promotes start-ups by women and strengthens the competitiveness of women-owned businesses.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('여성 (여성기업 대표·예비창업자)', 'woman (owner of a women-owned business or would-be founder)'),
      v('person.sex'),
      '==',
      lit('F', t('여성', 'female')),
    ),
    judgement(
      t(
        '여성 예비창업자 또는 창업 3년 미만 여성기업 (신용불량거래자·국세·지방세 체납자 등 제외), 입주 심사',
        'a woman planning a start-up or a women-owned business under 3 years old (not in credit default or tax arrears), selected for a place',
      ),
      t('사업계획서·서류·발표 심사', 'business plan, document and pitch review'),
    ),
  ),
  benefit: {
    description: t(
      '창업보육공간(입주 1년, 최대 3년; 보증금 실당 150만 원, 관리비 평당 월 1만 5,000~3만 원), 창업정보, 경영·교육·컨설팅·마케팅·애로상담',
      'Incubator space (1 year, up to 3; deposit KRW 1,500,000 per room, service charge 15,000–30,000 per pyeong a month), start-up information, management, training, consulting, marketing and problem-solving',
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
  parameters,
  cases,
});
