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
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 법문화교육(교육센터) (WLF00006311), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006311&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「법문화교육센터」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006311',
  version: '2026.1',
  name: t('법문화교육(교육센터)', 'Law culture education (education centre)'),
  ministry: '법무부',
  bureau: '인권구조과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['multicultural', 'disability'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '다문화가족, 북한이탈주민, 장애인, 농업인, 청소년 등에 맞춤형, 체험형 법교육 프로그램을 진행합니다.',
    'Runs tailored, hands-on law education programmes for multicultural families, North Korean defectors, people with disabilities, farmers, young people and others.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '법교육 대상 (다문화가족·북한이탈주민·장애인·농업인·청소년·노인 등)',
        'target groups (multicultural families, defectors, people with disabilities, farmers, young people, older people and others)',
      ),
      cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
      cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
      cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
      cmp(t('농어업인', 'farmer or fisher'), fact('farmerFisher'), '==', lit(true)),
      judgement(
        t(
          '청소년·노인 등 그 밖의 교육 대상 (교육과정별 신청)',
          'young people, older people or other learners (by course)',
        ),
        t('교육과정과 신청 (법문화교육센터)', 'course and application (law culture education centre)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '사회통합(국적취득·기본 법질서), 결혼생활(결혼법·상속법), 경제생활(근로·소비·주택임대차·파산·개인회생), 준법생활, 청소년(진로체험·학교폭력예방·민주시민) 법교육 과정',
      'Law courses on social integration (naturalisation, basic legal order), married life (marriage and inheritance law), economic life (work, consumer, tenancy, bankruptcy), law-abiding life, and youth (careers, school-violence prevention, citizenship)',
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
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  openToAll: t(
    '대상이 "다문화가족, 북한이탈주민, 청소년, 노인, 장애인 등"으로 예시되어 있을 뿐 제외되는 사람이 없음 (교육과정별 신청)',
    'the texts only give examples of target groups ("multicultural families, defectors, young people, older people, people with disabilities and others") and exclude no one (apply by course)',
  ),
  parameters,
  cases,
});
