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
  title: '복지로 (북한이탈주민)자립자활지원 (WLF00001168), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001168&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001168',
  version: '2026.1',
  name: t('(북한이탈주민)자립자활지원', 'Self-reliance support for North Korean defectors'),
  ministry: '통일부',
  bureau: '자립지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '북한이탈주민의 자립과 자활을 위해 취업과 창업을 돕고, 영농활동으로 정착할 수 있도록 지원합니다.',
    'Helps North Korean defectors find jobs, start businesses and settle through farming, for their self-reliance.',
  ),
  criteria: all(
    undefined,
    cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
    judgement(
      t(
        '취업·창업 또는 영농 정착 지원 신청과 사업별 요건',
        'applies for job, business start-up or farming support and meets that scheme’s conditions',
      ),
      t(
        '지원 신청과 사업별 요건 (통일부·남북하나재단·지역 하나센터)',
        'application and scheme conditions (unification ministry, Korea Hana Foundation, local Hana Centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '취업·창업 지원과 영농 정착 지원 (세부 내용·금액은 출처에 없음)',
      'Support for jobs, business start-ups and farming (details and amounts are not in the sources)',
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
        id: 'defectorCertificate',
        label: t('북한이탈주민 확인서', 'North Korean defector certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
