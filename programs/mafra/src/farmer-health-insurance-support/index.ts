import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 농업인 건강보험료 지원 (WLF00001099), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001099&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「농어업인 건강보험료 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'farmerHealthInsurance.maxSupportRate',
    label: t('지원율 (최대)', 'support rate (maximum)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.28 }, sources: [booklet] }],
  },
  {
    id: 'farmerHealthInsurance.ruralReductionRate',
    label: t('농어촌 거주자 별도 경감률', 'separate reduction for rural residents'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.22 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001099',
  version: '2026.1',
  name: t('농업인 건강보험료 지원', 'Health insurance premium support for farmers and fishers'),
  ministry: '농림축산식품부',
  bureau: '농촌사회서비스과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'reduction',
  cycle: 'monthly',
  summary: t(
    '농어촌·준농어촌에 살며 농업·축산·임업·어업에 종사하는 건강보험 지역가입자에게 건강보험료를 최대 28%까지 차등 지원합니다(농어촌 거주자 22% 별도 경감).',
    'Regional health-insurance members who farm, raise livestock, work in forestry or fish and live in rural or semi-rural areas get up to 28% of their premium (plus a separate 22% rural reduction).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('농업·축산·임업·어업 종사', 'works in farming, livestock, forestry or fishing'),
      fact('farmerFisher'),
      '==',
      lit(true),
    ),
    cmp(
      t('건강보험 지역가입자', 'regional health-insurance member'),
      fact('healthInsurance', 'kind'),
      '==',
      lit('regional'),
    ),
    any(
      t('농어촌·준농어촌 거주', 'lives in a rural or semi-rural area'),
      cmp(
        t('농어촌(군) 거주', 'lives in a rural county (군)'),
        v('household.cityClass'),
        '==',
        lit('rural', t('농어촌', 'rural')),
      ),
      judgement(
        t('준농어촌 등 그 밖의 지원 지역 거주', 'lives in a semi-rural or other covered area'),
        t(
          '주소지가 농어촌·준농어촌 지역인지 (국민건강보험공단)',
          'whether the address is in a rural or semi-rural area (NHIS)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '농어업인 건강보험료 최대 28% 차등 지원; 「국민건강보험법」에 따른 농어촌 거주자 22% 별도 경감 (보건복지부)',
      'up to 28% of the premium; separate 22% reduction for rural residents under the National Health Insurance Act',
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
