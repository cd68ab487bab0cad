import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { emergencyIncomeLimit } from '../emergency-welfare-means.js';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 긴급복지 사회복지시설이용지원 (WLF00003229), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003229&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「긴급복지 지원제도」',
  status: 'official',
};
const bokjiro2026: Source = {
  title: '복지로 긴급복지 생계지원 (WLF00003180), 2026 — 긴급복지 공통 소득·재산 기준',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003180&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'emergencyFacilityUse.incomeShare',
    label: t('소득기준 (기준 중위소득 대비)', 'income limit (share of the median income)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.75 },
        sources: [booklet],
        note: '기준 중위소득 75% 이하 (1인 1,671,334원, 4인 4,297,434원)',
      },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 0.75 },
        sources: [bokjiro2026],
        note: '기준 중위소득 75% 이하 (1인 1,923천원, 4인 4,871천원)',
      },
    ],
  },
  {
    id: 'emergencyFacilityUse.assetCap',
    label: t('재산기준 (지역별)', 'asset limit (by area)'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { metro: 241000000, smallCity: 152000000, rural: 130000000 } },
        sources: [booklet],
      },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { metro: 241000000, smallCity: 152000000, rural: 130000000 } },
        sources: [bokjiro2026],
      },
    ],
  },
  {
    id: 'emergencyFacilityUse.assetCapWithResidentialDeduction',
    label: t(
      '재산기준 (주거용재산 공제한도액 적용 시)',
      'asset limit with the residential-property deduction',
    ),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { metro: 310000000, smallCity: 194000000, rural: 165000000 } },
        sources: [booklet],
        note: '주거용재산 공제한도액: 대도시 6,900만, 중소도시 4,200만, 농어촌 3,500만 원 (실거주 주택 1개소)',
      },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { metro: 310000000, smallCity: 194000000, rural: 165000000 } },
        sources: [bokjiro2026],
      },
    ],
  },
  {
    id: 'emergencyFacilityUse.financialCap',
    label: t('금융재산 기준 (가구원 수별)', 'financial-asset limit (by household size)'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { '1': 8228000, '4': 11729000 } },
        sources: [booklet],
        note: '생활준비금 + 600만원. 출처는 1인·4인 금액만 제시',
      },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { '1': 8564000, '4': 12494000 } },
        sources: [bokjiro2026],
        note: '생활준비금 + 600만원. 출처는 1인·4인 금액만 제시',
      },
    ],
  },
  {
    id: 'emergencyFacilityUse.financialAddition',
    label: t('금융재산 기준 중 생활준비금에 더하는 금액', 'amount added to the living-preparation sum'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 6000000 },
        sources: [booklet],
        note: '생활준비금은 0원 이상이므로 금융재산이 이 금액 이하이면 가구 규모와 관계없이 기준 충족',
      },
      { from: '2026-01-01', value: { type: 'scalar', value: 6000000 }, sources: [bokjiro2026] },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003229',
  version: '2026.1',
  name: t('긴급복지 사회복지시설이용지원', 'Emergency welfare: social welfare facility use support'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('긴급복지지원법', 'Emergency Aid and Support Act')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'monthly',
  summary: t(
    '생계곤란 등의 위기상황에 처하여 도움이 필요한 사람을 일시적으로 신속하게 지원함으로써 이들이 위기상황에서 벗어나도록 합니다.',
    'Gives temporary, rapid help to people in a crisis such as loss of livelihood so that they can get out of it.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('가구원에게 위기사유 발생', 'a member is in a crisis situation'),
      cmp(t('위기사유', 'crisis situation'), fact('crisis'), '==', lit(true)),
    ),
    emergencyIncomeLimit('emergencyFacilityUse.incomeShare'),
    any(
      t('재산기준 (지역별)', 'asset limit (by area)'),
      cmp(
        t('순재산이 재산기준 이하', 'net assets within the asset limit'),
        v('household.netAssets'),
        '<=',
        param('emergencyFacilityUse.assetCap', { by: 'household.cityClass' }),
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
          param('emergencyFacilityUse.assetCapWithResidentialDeduction', { by: 'household.cityClass' }),
        ),
        judgement(
          t(
            '주거용재산 공제한도액 적용 대상 (실거주 주택 1개소)',
            'the residential-property deduction applies (one home lived in)',
          ),
          t(
            '주거용재산 공제 적용 여부와 공제액 (담당자 조사)',
            'whether and how far the residential deduction applies (caseworker investigation)',
          ),
        ),
      ),
    ),
    any(
      t(
        '금융재산 기준 (생활준비금 + 600만원 이하)',
        'financial-asset limit (living-preparation sum + 6,000,000)',
      ),
      cmp(
        t('금융재산이 가구원 수별 기준 이하', 'financial assets within the limit for the household size'),
        v('household.financialAssets'),
        '<=',
        param('emergencyFacilityUse.financialCap', { by: 'household.size' }),
      ),
      cmp(
        t('금융재산이 600만원 이하', 'financial assets at most 6,000,000'),
        v('household.financialAssets'),
        '<=',
        param('emergencyFacilityUse.financialAddition'),
      ),
    ),
    judgement(
      t(
        '사회복지시설 입소·이용이 필요한 위기상황',
        'the crisis calls for admission to or use of a social welfare facility',
      ),
      t('시설 이용지원 필요성 (시군구 담당자 판단)', 'need for facility support (local caseworker)'),
    ),
  ),
  benefit: {
    description: t(
      '사회복지시설 입소 또는 이용 서비스를 제공하고 그 비용을 시설 운영자에게 지원 (긴급복지 지원제도)',
      'Admission to or use of a social welfare facility, paid to the facility operator (emergency welfare)',
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
  sources: [catalogue, booklet, bokjiro2026],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
