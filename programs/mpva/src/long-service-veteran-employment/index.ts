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
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장기복무제대군인 취업지원 (WLF00003208), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003208&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장기복무 제대군인 취업지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'longServiceVeteranEmployment.minServiceYears',
    label: t('복무기간 (이상)', 'minimum length of service'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10 }, sources: [booklet] }],
  },
  {
    id: 'longServiceVeteranEmployment.maxReferrals',
    label: t('보훈특별고용·특별채용 추천 취업 횟수', 'number of employment referrals'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'longServiceVeteranEmployment.publicQuotaShare',
    label: t(
      '국가기관 등 의무채용 비율 (정원 5명 이상, 국가유공자 등 포함)',
      'mandatory hiring share in public bodies (staff of 5+, persons of merit included)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.18 }, sources: [booklet] }],
  },
  {
    id: 'longServiceVeteranEmployment.privateQuotaMin',
    label: t('기업체 등 우선 고용 비율 (최저)', 'priority hiring share in companies (lowest)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.03 }, sources: [booklet] }],
  },
  {
    id: 'longServiceVeteranEmployment.privateQuotaMax',
    label: t('기업체 등 우선 고용 비율 (최고)', 'priority hiring share in companies (highest)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.08 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003208',
  version: '2026.1',
  name: t('장기복무제대군인 취업지원', 'Employment support for long-service discharged service members'),
  ministry: '국가보훈부',
  bureau: '제대군인일자리과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['veteran'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '10년 이상 복무하고 전역한 장기복무 제대군인의 원활한 사회복귀를 위해 취업을 지원합니다.',
    'Supports the employment of long-service service members discharged after 10 or more years of service so that they can return smoothly to civilian life.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('전역한 제대군인', 'discharged from military service'),
      fact('military', 'status'),
      'in',
      lit(['discharged']),
    ),
    judgement(
      t(
        '10년 이상 현역으로 복무하고 장교·준사관·부사관으로 전역',
        'served 10+ years on active duty and left as an officer, warrant officer or non-commissioned officer',
      ),
      t(
        '복무기간과 전역 계급 (국방부·국가보훈부)',
        'length of service and rank at discharge (defence and veterans ministries)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '국가기관·일반기업체 등에 보훈특별고용 및 특별채용 추천으로 3회까지 취업 가능 (국가기관 등 정원의 18% 의무채용, 기업체 등 고용인원의 3~8% 우선 고용, 공기업 등 1% 가산)',
      'Up to 3 job referrals through special veterans’ employment in public bodies and companies (18% mandatory hiring in public bodies, 3–8% priority hiring in companies, +1% in public enterprises)',
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
      {
        id: 'dischargeCertificate',
        label: t('전역증 또는 병적증명서', 'discharge certificate or military service record'),
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
