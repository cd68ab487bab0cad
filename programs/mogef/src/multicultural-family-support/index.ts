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
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 다문화가족 지원사업 (WLF00000837), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000837&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「다문화가족지원센터 이용」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000837',
  version: '2026.1',
  name: t('다문화가족 지원사업', 'Multicultural family support (family centres)'),
  ministry: '성평등가족부',
  bureau: '다문화가족과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: ['multicultural'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '다문화가족 등에게 다문화가족지원센터(가족센터)에서 가족상담, 취업교육 및 연계, 이중언어 가족환경 조성 프로그램, 자조모임 등을 지원합니다.',
    'Multicultural families get family counselling, job training and referrals, bilingual family programmes and self-help groups at multicultural family support centres (family centres).',
  ),
  criteria: all(
    undefined,
    someMember(
      t('다문화가족 구성원', 'member of a multicultural family'),
      cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
    ),
    judgement(
      t('센터 서비스 이용 필요', 'needs the centre’s services'),
      t(
        '서비스 이용 신청과 필요 (다문화가족지원센터)',
        'application and need for the services (multicultural family support centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '가족상담, 취업교육 및 연계, 이중언어 가족환경 조성 프로그램, 자조모임 등',
      'family counselling, job training and referrals, bilingual family programmes, self-help groups',
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
