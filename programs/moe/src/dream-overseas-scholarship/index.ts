import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 우수고등학교 해외유학 장학금(드림장학금) (WLF00006246), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006246&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「우수고등학생 해외유학 장학금(드림장학금)」',
  status: 'official',
};

/** Any NBLSS benefit (생계·의료·주거·교육급여) received in the household. */
const nblssAny = () =>
  any(
    t(
      '기초생활수급 가구 (생계·의료·주거·교육급여)',
      'NBLSS recipient household (livelihood, medical, housing or education benefit)',
    ),
    cmp(
      t('생계급여 수급', 'livelihood benefit recipient'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('주거급여 수급', 'housing benefit recipient'),
      receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('교육급여 수급', 'education benefit recipient'),
      receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
      '==',
      lit(true),
    ),
  );

const nearPoorMember = () =>
  someMember(
    t('가구원 중 차상위계층 확인', 'a member is certified near-poor (차상위)'),
    cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'dreamOverseasScholarship.monthlyG2',
    label: { ko: '학업장려비 (고2, 월)', en: 'study allowance (2nd year of high school, monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 500000 }, sources: [booklet] }],
  },
  {
    id: 'dreamOverseasScholarship.monthlyG3',
    label: { ko: '학업장려비 (고3, 월)', en: 'study allowance (3rd year of high school, monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 700000 }, sources: [booklet] }],
  },
  {
    id: 'dreamOverseasScholarship.overseasAnnualUsd',
    label: {
      ko: '해외장학생 지원 한도 (연간, 미화 달러: 학비+체재비)',
      en: 'overseas scholarship limit (per year, US dollars: fees and living)',
    },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 60000 },
        sources: [booklet],
        note: '항공료 별도',
      },
    ],
  },
  {
    id: 'dreamOverseasScholarship.minUnitsG3',
    label: {
      ko: '성적 기준 이수단위 합계 (고3, 이상)',
      en: 'credit units with top grades (3rd year, minimum)',
    },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 24 },
        sources: [booklet],
        note: '석차 3등급 이내 또는 성취도 A 이상 과목; 고2는 12단위',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00006246',
  version: '2026.1',
  name: t('우수고등학교 해외유학 장학금(드림장학금)', 'Dream Scholarship for Overseas Study'),
  ministry: '교육부',
  bureau: '청년장학지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '학업에 대한 의지와 열정이 있는 저소득층 우수 고등학생에게 해외유학 기회를 제공하여 글로벌 인재로의 성장을 지원합니다.',
    'Gives outstanding high-school students from low-income families who are determined to learn a chance to study abroad and grow into global talent.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('고등학교 재학', 'enrolled in high school'),
      fact('student', 'level'),
      '==',
      lit('high', t('고등학교', 'high school')),
    ),
    any(
      t('저소득층 (기초생활수급자·차상위계층)', 'low-income (NBLSS recipient or near-poor)'),
      nblssAny(),
      nearPoorMember(),
    ),
    judgement(
      t(
        '고교 2·3학년, 해외대학 입학 희망, 성적 우수 (석차 3등급 이내·성취도 A 이상 과목 24단위(고3)/12단위(고2) 이상), 서류·인적성·면접 선발',
        '2nd or 3rd year, wants to enter a foreign university, top grades (24 units in 3rd year / 12 in 2nd with rank grade 3 or A), selected by documents, aptitude test and interview',
      ),
      t(
        '학년·성적과 한국장학재단 선발 결과',
        'school year, grades and the Korea Student Aid Foundation’s selection',
      ),
    ),
  ),
  benefit: {
    description: t(
      '국내장학생: 학업장려비 고2 월 500,000원, 고3 월 700,000원 (졸업 시까지). 해외대학 진학 시 해외장학생: 연간 최대 60,000 USD(학비+체재비), 항공료 별도',
      'Domestic scholars: a study allowance of 500,000 a month in 2nd year and 700,000 in 3rd year (until graduation). On entering a foreign university: up to 60,000 USD a year (fees and living), airfare on top',
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
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters: parameters,
  cases,
});
