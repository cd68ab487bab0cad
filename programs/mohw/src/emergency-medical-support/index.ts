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
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 긴급복지 의료지원 (WLF00003179), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003179&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「긴급복지 지원제도」', status: 'official' };
const b2026: Source = {
  title: '복지로 긴급복지 의료지원 (WLF00003179), 2026',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003179&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'emergencyMedicalSupport.maxSupport',
    label: { ko: '의료지원 한도 (1회)', en: 'medical support cap (per episode)' },
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 3000000 }, sources: [b2026] }],
  },
];

export default defineProgram({
  id: 'WLF00003179',
  version: '2026.1',
  name: t('긴급복지 의료지원', 'Emergency medical support'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('긴급복지지원법', 'Emergency Aid and Support Act')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'once',
  summary: t(
    '수술 또는 입원이 필요한 중한 질병 또는 부상으로 당해 의료비를 감당하기 곤란한 사람에게 의료비 및 약제비를 지원함으로써 위기상황에서 벗어날 수 있도록 합니다.',
    'Pays medical and drug costs for people who cannot afford treatment of a serious illness or injury needing surgery or hospitalisation, to help them out of the crisis.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('가구원이 중한 질병 또는 부상 (위기사유)', 'a member has a serious illness or injury (crisis)'),
      cmp(
        t('위기사유: 중한 질병·부상', 'crisis: serious illness or injury'),
        fact('crisis', 'kind'),
        '==',
        lit('illness'),
      ),
    ),
    cmp(
      t('가구 소득이 기준 중위소득 75% 이하', 'household income at most 75% of the median'),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 75%', 'median income × 75%'),
        param('median.income', { by: 'household.size' }),
        param('emergencyWelfare.incomeRatio'),
      ),
    ),
    any(
      t('재산기준 (지역별)', 'asset limit (by area)'),
      cmp(
        t('순재산이 재산기준 이하', 'net assets within the asset limit'),
        v('household.netAssets'),
        '<=',
        param('emergencyWelfare.assetCap', { by: 'household.cityClass' }),
      ),
      all(
        t(
          '주거용재산 공제한도액 적용 시 기준 이하',
          'within the limit with the residential-property deduction',
        ),
        cmp(
          t(
            '순재산이 주거용재산 공제 적용 기준 이하',
            'net assets within the limit with the residential deduction',
          ),
          v('household.netAssets'),
          '<=',
          param('emergencyWelfare.assetCapWithResidentialDeduction', { by: 'household.cityClass' }),
        ),
        judgement(
          t(
            '주거용재산 공제한도액 적용 대상 (실거주 주택 1개소)',
            'the residential-property deduction applies (one home lived in)',
          ),
          t(
            '주거용재산 공제 적용 여부 (담당자 조사)',
            'whether the residential deduction applies (caseworker)',
          ),
        ),
      ),
    ),
    any(
      t(
        '금융재산 기준 (생활준비금 + 600만 원 이하)',
        'financial-asset limit (living-preparation sum + 6,000,000)',
      ),
      cmp(
        t('금융재산이 가구원 수별 기준 이하', 'financial assets within the limit for the household size'),
        v('household.financialAssets'),
        '<=',
        param('emergencyWelfare.financialAssetCap', { by: 'household.size' }),
      ),
      cmp(
        t(
          '금융재산이 생활준비금과 관계없이 충족되는 금액 이하',
          'financial assets below the amount that meets the limit whatever the living-preparation sum',
        ),
        v('household.financialAssets'),
        '<=',
        param('emergencyWelfare.financialAssetAddition'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '수술·입원 등 의료서비스 비용 (본인부담금 및 비급여) 1회 최대 300만 원 (2026), 필요 시 연장',
      'Costs of surgery, hospitalisation and other care (copays and non-covered items) up to 3,000,000 per episode (2026), extendable if needed',
    ),
  },
  form: {
    schema: z.object({
      hospital: z
        .string()
        .min(1)
        .max(200)
        .meta({ label: t('진료 의료기관', 'treating hospital') }),
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
      {
        id: 'diagnosis',
        label: t('진단서 또는 소견서 (사후 제출 가능)', 'medical certificate (may follow later)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2026-01-01' },
  sources: [catalogue, book, b2026],
  fidelity: 'summary',
  parameters,
  cases,
});
