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
  title: '복지로 결혼이민자 통번역 서비스 (WLF00003175), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003175&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「결혼이민자 통번역서비스」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003175',
  version: '2026.1',
  name: t('결혼이민자 통번역 서비스', 'Interpretation and translation for marriage migrants'),
  ministry: '성평등가족부',
  bureau: '다문화가족과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['multicultural'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '한국말이 서툰 결혼이민자와 다문화가족의 가족·사회생활 의사소통을 위해 결혼이민자 주요 출신국 언어(베트남어, 중국어, 필리핀어, 몽골어, 태국어, 러시아어, 캄보디아어, 일본어, 네팔어 등)로 통·번역을 지원합니다.',
    'Marriage migrants with limited Korean and their multicultural families get interpretation and translation in the main languages of origin (Vietnamese, Chinese, Filipino, Mongolian, Thai, Russian, Khmer, Japanese, Nepali, …) for family and social life.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('다문화가족 구성원', 'member of a multicultural family'),
      cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
    ),
    judgement(
      t('의사소통 지원 필요', 'needs help to communicate'),
      t(
        '통·번역 신청 (다문화가족지원센터)',
        'a request for interpretation or translation (multicultural family support centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '생활 속 통역·번역 서비스 (다문화가족지원센터)',
      'interpretation and translation for daily life (multicultural family support centres)',
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
