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
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인 운전교육 사업 (WLF00000027), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000027&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 운전교육 사업」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 장애인 운전교육 사업 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000027&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000027',
  version: '2026.1',
  name: t('장애인 운전교육 사업', 'Driving lessons for people with disabilities'),
  ministry: '보건복지부',
  bureau: '장애예방운전지원과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '중증장애인의 운전면허 취득에 필요한 실기(기능 및 도로주행) 교육과 면허증을 소지한 중도장애인의 운전 적응을 위한 순회교육을 실시하여 장애인의 이동권을 증진하고 사회참여를 확대합니다.',
    'Gives people with severe disabilities the practical lessons (course and road driving) they need for a driving licence, and travelling adaptation lessons for licence holders disabled later in life, to improve mobility and social participation.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('지체·뇌병변·청각장애인', 'physical, brain-lesion or hearing disability'),
      fact('disability', 'type'),
      'in',
      lit(['지체', '뇌병변', '청각']),
    ),
    any(
      t('면허조건(E·F·G·H·I) 부여 또는 기초생활수급자', 'licence condition E–I assigned, or NBLSS recipient'),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing, education benefit)',
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
      ),
      judgement(
        t(
          '운전면허시험장 신체검사에서 면허조건 E·F·G·H·I 부여',
          'licence condition E, F, G, H or I assigned at the licence-test medical',
        ),
        t(
          '면허조건 부여 여부 (도로교통공단 신체검사 결과)',
          'whether a licence condition was assigned (Road Traffic Authority medical)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '국립재활원 강사가 운전보조기기 장착 차량 또는 수어로 무료 운전교육 (면허취득 교육: 장내기능·도로주행, 면허소지자: 운전적응·도로연수). 제1종·제2종 보통면허만 해당, 면허취득 수수료는 본인 부담',
      'Free driving lessons from the National Rehabilitation Center in adapted cars or in sign language (licence course: course and road driving; licence holders: adaptation and road practice). Class 1 and 2 ordinary licences only; licence fees are paid by the learner',
    ),
  },
  form: {
    schema: z.object({
      course: z
        .enum(['licence', 'adaptation', 'roadPractice', 'trial'])
        .meta({ label: t('희망 교육과정', 'course wanted') }),
      hasLicence: z.boolean().meta({ label: t('운전면허 소지 여부', 'holds a driving licence') }),
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
        id: 'licenceCondition',
        label: t('운전면허 조건 확인서류 (해당자)', 'proof of the licence condition (if any)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
