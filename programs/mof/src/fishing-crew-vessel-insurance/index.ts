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
  title: '복지로 어선원 및 어선 재해보상보험 (WLF00000041), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000041&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「어선원 및 어선 재해보상 보험」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'fishingVesselInsurance.netPremiumSupportRate',
    label: t('순보험료 지원율 (톤급별)', 'net premium support rate (by tonnage)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { under10t: 0.7, under20t: 0.6, under30t: 0.6, under50t: 0.3, under100t: 0.2 },
        },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'fishingVesselInsurance.loadingSupportRate',
    label: t('부가보험료 지원율', 'loading (additional premium) support rate'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.75 }, sources: [booklet] }],
  },
  {
    id: 'fishingVesselInsurance.mandatoryTonnage',
    label: t('어선원보험 당연가입 톤수 (이상)', 'tonnage from which crew insurance is mandatory'),
    unit: 'count',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet], note: '3톤 이상 어선' },
    ],
  },
  {
    id: 'fishingVesselInsurance.reportDays',
    label: t('가입·변경신고 기한 (일 이내)', 'days to report registration or crew changes'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 14 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000041',
  version: '2026.1',
  name: t(
    '어선원 및 어선 재해보상보험',
    'Fishing crew and fishing vessel accident insurance premium support',
  ),
  ministry: '해양수산부',
  bureau: '소득복지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '어선법에 따라 등록된 연근해 어선의 소유자(원양어선·수산물 운송 어선 제외)에게 어선원보험·어선보험의 본인부담 보험료를 톤급별로 차등 지원합니다(순보험료 10톤 미만 70% ~ 100톤 미만 20%, 부가보험료 75%). 3톤 이상 어선은 어선원보험 당연가입 대상입니다.',
    'Owners of registered coastal and offshore fishing vessels (not deep-sea or transport vessels) get part of their crew and vessel accident insurance premiums paid by tonnage (net premium 70% under 10 tons down to 20% under 100 tons; loading 75%). Vessels of 3 tons or more must insure their crew.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('어업인 (어업경영체 등록)', 'fisher (fishery registry)'),
      fact('farmerFisher', 'kind'),
      '==',
      lit('fisher'),
    ),
    judgement(
      t(
        '어선법에 따라 등록된 연근해 어선의 소유자 (원양어선·수산물 운송 어선 제외)',
        'owner of a registered coastal or offshore fishing vessel (not deep-sea or transport)',
      ),
      t(
        '어선 등록·업종·톤수 (수협 회원조합)',
        'vessel registration, type and tonnage (fisheries cooperative)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '본인부담 보험료 톤급별 차등 지원: 순보험료 10톤 미만 70%, 20톤 미만 60%, 30톤 미만 60%, 50톤 미만 30%, 100톤 미만 20%; 부가보험료 75%; 지역별 지방비 추가 지원',
      'premium support by tonnage: net premium 70% (<10 t), 60% (<20 t), 60% (<30 t), 30% (<50 t), 20% (<100 t); loading 75%; extra local support in some regions',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
