import {
  all,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 긴급복지 의료지원 (WLF00003179) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003179&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

// The income and asset limits (emergencyWelfare.*) are the parameters shared by every 긴급복지
// program, defined with the livelihood support (WLF00003180) and citing this record too.
const parameters: ParameterDefinition[] = [
  {
    id: 'emergencyMedicalSupport.maxSupport',
    label: {
      ko: '의료지원 한도 (지원 결정된 질병·부상)',
      en: 'medical support cap (per supported illness or injury)',
    },
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: scalar(3000000), sources: [record] }],
  },
  {
    id: 'emergencyMedicalSupport.requestDaysBeforeDischarge',
    label: { ko: '의료지원 요청 기한 (퇴원 며칠 전까지)', en: 'request deadline (days before discharge)' },
    unit: 'count',
    versions: [{ from: '2026-01-01', value: scalar(3), sources: [record] }],
  },
  {
    id: 'emergencyMedicalSupport.sameIllnessGapYears',
    label: {
      ko: '동일 상병 재지원 (이전 지원 종료 후 경과 연수)',
      en: 'support again for the same illness (years after the last support ended)',
    },
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(2), sources: [record] }],
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
    emergencyIncomeLimit(),
    emergencyAssetLimit(),
    emergencyFinancialAssetLimit(),
  ),
  benefit: {
    description: t(
      '지원 결정된 질병·부상에 대해 입원일부터 퇴원일까지의 검사·치료 등 의료서비스와 약제비 중 약제비·본인부담금·비급여 항목을 300만원 범위에서 지원 (입원진료, 당일 외래수술·수술에 준하는 시술; 간병비·의료소모품·보조기·제증명료·보호자 식대·구급차·비급여 도수치료/증식치료/추나·비급여 식대·비급여 입원료 제외). 퇴원 3일 전까지 시·군·구청장에게 요청, 요청 후 사망해도 지원. 동일 상병은 이전 지원 종료 후 2년 경과 시 재지원 (다른 상병은 관계없이 가능). 실제 의료비에 따라 정해지므로 금액은 계산하지 않음',
      'For the illness or injury supported, the copays, non-covered items and medicines of care from admission to discharge, up to 3,000,000 (inpatient care and same-day outpatient surgery; carers, supplies, aids, certificates, meals, ambulances and some non-covered treatments excluded). Request at least 3 days before discharge; support continues if the patient dies. The same illness can be supported again 2 years after the last support ended (a different one at any time). Depends on the actual bill, so no amount is computed',
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
  sources: [record],
  fidelity: 'statutory',
  parameters,
  cases,
});
