import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 양곡할인 (WLF00000074), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000074&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「쌀 할인판매(양곡할인)」',
  status: 'official',
};
const refNearPoor: Source = {
  title:
    '차상위계층 소득기준: 소득인정액 기준 중위소득 50% 이하 (korea-welfare-rules.md §2.12, 국민기초생활 보장법 시행령)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'riceDiscount.pricePerBagLivelihoodMedical',
    label: t(
      '10kg 1포당 가격 (생계·의료급여 수급자)',
      'price per 10 kg bag (livelihood and medical aid recipients)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2500 }, sources: [booklet] }],
  },
  {
    id: 'riceDiscount.pricePerBagOther',
    label: t(
      '10kg 1포당 가격 (주거·교육급여 수급자, 차상위계층)',
      'price per 10 kg bag (housing and education recipients, near-poor)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10000 }, sources: [booklet] }],
  },
  {
    id: 'riceDiscount.discountMin',
    label: t('할인율 (하한, 약)', 'discount (lower end, approx.)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.6 }, sources: [booklet] }],
  },
  {
    id: 'riceDiscount.discountMax',
    label: t('할인율 (상한, 약)', 'discount (upper end, approx.)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.9 }, sources: [booklet] }],
  },
  {
    id: 'riceDiscount.nearPoorShare',
    label: t('차상위계층 소득기준 (기준 중위소득 대비)', 'near-poor income limit (share of the median)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.5 },
        sources: [refNearPoor],
        note: '차상위계층: 소득인정액 기준 중위소득 50% 이하',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000074',
  version: '2026.1',
  name: t('양곡할인', 'Discounted government rice for low-income households'),
  ministry: '농림축산식품부',
  bureau: '식량정책과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'monthly',
  summary: t(
    '기초생활수급자와 차상위계층이 정부양곡을 사려는 경우 기준가격의 약 60~90%를 할인해 10kg 한 포당 생계·의료급여 수급자 2,500원, 주거·교육급여 수급자와 차상위계층 10,000원에 공급합니다.',
    'NBLSS recipients and near-poor households can buy government rice at a 60–90% discount: 2,500 per 10 kg bag for livelihood and medical aid recipients and 10,000 for housing and education benefit recipients and the near-poor.',
  ),
  criteria: any(
    undefined,
    any(
      t(
        '기초생활보장 수급 (생계·의료·주거·교육급여)',
        'NBLSS recipient (livelihood, medical, housing or education benefit)',
      ),
      cmp(
        t('생계급여 수급', 'livelihood benefit recipient'),
        receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('의료급여 수급', 'medical aid recipient'),
        receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
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
    any(
      t('차상위계층', 'near-poor (차상위계층)'),
      someMember(
        t('차상위계층 확인을 받은 가구원', 'a household member certified near-poor'),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      all(
        t(
          '확인 전: 소득인정액이 기준 중위소득 50% 이하이고 차상위계층 확인 필요',
          'not yet certified: income-recognized amount at most 50% of the median, certification needed',
        ),
        cmp(
          t(
            '가구 소득인정액이 기준 중위소득 50% 이하',
            'household income-recognized amount at most 50% of the median',
          ),
          v('household.incomeRecognized.nblss'),
          '<=',
          mul(
            t('기준 중위소득 × 50%', 'median income × 50%'),
            param('median.income', { by: 'household.size' }),
            param('riceDiscount.nearPoorShare'),
          ),
        ),
        judgement(
          t('차상위계층 확인', 'near-poor certification'),
          t(
            '차상위계층 확인 신청과 결정 (읍면동 조사)',
            'near-poor certification (application and local-government investigation)',
          ),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '정부양곡 10kg 1포당 개인부담: 생계·의료급여 수급자 2,500원, 주거·교육급여 수급자·차상위계층 10,000원 (기준가격의 약 60~90% 할인)',
      'price per 10 kg bag: 2,500 for livelihood and medical aid recipients, 10,000 for housing and education benefit recipients and the near-poor (about 60–90% off the base price)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet, refNearPoor],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
