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
  title: '복지로 다문화가족 자녀 교육활동비 지원 (WLF00005448), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005448&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00005448',
  version: '2026.1',
  name: t(
    '다문화가족 자녀 교육활동비 지원',
    'Education activity support for children of low-income multicultural families',
  ),
  ministry: '성평등가족부',
  bureau: '다문화가족과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['multicultural'],
  provision: 'voucher',
  cycle: 'annual',
  summary: t(
    '학교 적응이나 학습에 어려움을 겪는 저소득 다문화가족 자녀에게 학력격차 해소를 위한 교육활동비(바우처)를 지원합니다. 소득 기준과 금액은 검토한 출처에 없습니다.',
    'Children of low-income multicultural families who struggle to adapt to school or to learn get an education-activity voucher to close learning gaps. The sources read give no income limit or amount.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('다문화가족 구성원', 'member of a multicultural family'),
      cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
    ),
    cmp(t('학교 재학', 'enrolled in school'), fact('student'), '==', lit(true)),
    judgement(
      t('저소득이며 학교 적응·학습에 어려움', 'low income and difficulties adapting to school or learning'),
      t(
        '가구 소득 수준(출처에 기준 없음)과 학교 적응·학습 어려움 (다문화가족지원센터·학교)',
        'household income (the sources give no threshold) and difficulties at school (centre / school)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '교육활동비 바우처 (연 1회; 금액은 출처에 없음)',
      'education-activity voucher (yearly; the sources state no amount)',
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
