import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import {
  emergencyAssetLimit,
  emergencyFinancialAssetLimit,
  emergencyIncomeLimit,
} from '../emergency-welfare-means.js';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 긴급복지 주거지원 (WLF00000917) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000917&wlfareInfoReldBztpCd=01',
  status: 'official',
};

// The income and asset limits (emergencyWelfare.*) are the parameters shared by every 긴급복지
// program, defined with the livelihood support (WLF00003180) and citing this record too.
const parameters: ParameterDefinition[] = [
  {
    id: 'emergencyHousingSupport.financialExtra',
    label: { ko: '주거지원 금융재산 기준 추가액', en: 'extra financial-asset allowance for housing support' },
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 2000000 },
        sources: [record],
        note: '가구원수별 생활준비금 + 600만원에 200만원 추가',
      },
    ],
  },
  {
    id: 'emergencyHousingSupport.costCap',
    label: {
      ko: '임시거소 지원기준 (지역·가구원 수별 상한)',
      en: 'temporary housing standard (cap by area and household size)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { 'metro-4': 662500 } },
        sources: [record],
        note: '기록은 대도시 4인가구 662,500원만 예시: 그 밖의 지역·가구 규모는 2026 긴급복지지원사업안내에서 정하며 기록에 없음',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000917',
  version: '2026.1',
  name: t('긴급복지 주거지원', 'Emergency housing support'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('긴급복지지원법', 'Emergency Aid and Support Act')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '생계곤란 등의 위기상황에 처하여 도움이 필요한 경우 일시적으로 신속하게 지원함으로써 위기상황에서 벗어날 수 있도록 지원합니다.',
    'Gives temporary, quick support to households that need help because of a crisis such as losing their livelihood, so that they can get out of the crisis (housing support).',
  ),
  criteria: all(
    undefined,
    judgement(
      t(
        '위기상황으로 임시거소 제공 또는 주거비 지원이 필요하다고 인정됨',
        'found to need temporary housing or housing costs because of the crisis',
      ),
      t(
        '시장·군수·구청장의 주거지원 필요 인정',
        'the local government’s finding that housing support is needed',
      ),
    ),
    someMember(
      t('가구원에게 위기사유 발생', 'a member is in a crisis situation'),
      cmp(t('위기사유', 'crisis situation'), fact('crisis'), '==', lit(true)),
    ),
    emergencyIncomeLimit(),
    emergencyAssetLimit(),
    emergencyFinancialAssetLimit({
      param: 'emergencyHousingSupport.financialExtra',
      label: ['주거지원 200만원', '2,000,000 for housing support'],
    }),
  ),
  benefit: {
    description: t(
      '시장·군수·구청장이 국가·지자체 소유 임시거소 또는 임시로 거처할 주거를 제공. 타인 소유 임시거소는 제공자가 거소사용 비용을 청구하면 ([서식 10호]) 상한액 내 실비를 제공자에게 지급. 지역별·가구원수별 지원기준 (예: 대도시 4인가구 662,500원)을 고려해 유사한 수준의 임시거소 확보. 그 밖의 지원기준 금액은 2026 긴급복지지원사업안내에서 정하며 상세 기록에 없어 금액은 계산하지 않음',
      'The local government provides temporary housing it or the state owns, or other temporary accommodation; for accommodation owned by others it pays the provider’s actual costs up to a cap (form 10). Housing is found at a level matching the standard by area and household size (e.g. 662,500 for 4 people in a large city); the other standards are set by the 2026 emergency welfare guide and are not in the record, so no amount is computed',
    ),
  },
  form: {
    schema: z.object({
      crisisDescription: z
        .string()
        .min(1)
        .max(2000)
        .meta({ label: t('위기상황 내용', 'description of the crisis') }),
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
        id: 'crisisEvidence',
        label: t('위기사유 확인 서류 (사후 제출 가능)', 'proof of the crisis (may follow later)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2026-01-01' },
  sources: [record],
  fidelity: 'statutory',
  parameters,
  cases,
});
