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
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 여성어업인 특화건강검진사업 (WLF00005026), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005026&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00005026',
  version: '2026.1',
  name: t('여성어업인 특화건강검진사업', 'Specialised health check-ups for women fishers'),
  ministry: '해양수산부',
  bureau: '소득복지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'other',
  cycle: 'annual',
  summary: t(
    '여성어업인에게 주로 발생하는 직업질환 유발요인에 대한 특수건강검진을 지원합니다. 대상 연령·지역은 검토한 출처에 없습니다.',
    'Women fishers get special health check-ups for the causes of occupational diseases common among them. The sources read give no age or regional criteria.',
  ),
  criteria: all(
    undefined,
    cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
    cmp(
      t('어업인 (어업경영체 등록)', 'fisher (fishery registry)'),
      fact('farmerFisher', 'kind'),
      '==',
      lit('fisher'),
    ),
    judgement(
      t('검진 대상 선정', 'selection for the check-up'),
      t(
        '특화건강검진 대상 기준 (출처에 연령·지역 기준 없음)',
        'check-up target rules (no age or regional criteria in the sources)',
      ),
    ),
  ),
  benefit: {
    description: t('직업질환 유발요인 특수건강검진 (연 1회)', 'occupational-disease check-up (yearly)'),
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
