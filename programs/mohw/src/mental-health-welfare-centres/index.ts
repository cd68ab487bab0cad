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
  title: '복지로 정신건강복지센터 운영 (WLF00003169), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003169&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「정신건강복지센터 이용」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003169',
  version: '2026.1',
  name: t('정신건강복지센터 운영', 'Community mental health welfare centres'),
  ministry: '보건복지부',
  bureau: '정신건강관리과',
  legalBasis: [t('정신건강증진 및 정신질환자 복지서비스 지원에 관한 법률', 'Mental Health Welfare Act')],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '일반인은 물론 아동·청소년에게 발생할 수 있는 정신건강문제의 예방, 조기발견 및 상담, 치료, 재활을 통해 사회복귀를 도모합니다.',
    'Helps everyone, children and teenagers included, return to society through prevention, early detection, counselling, treatment and rehabilitation of mental-health problems.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '지역 주민 (국민 또는 외국인등록 체류자)',
        'local resident (national or registered foreign resident)',
      ),
      cmp(
        t('대한민국 국민', 'Korean national'),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
      cmp(t('외국인 체류자격 등록', 'registered foreign resident'), fact('foreignResident'), '==', lit(true)),
    ),
    any(
      t(
        '정신질환자 또는 정신건강 서비스가 필요한 주민',
        'a person with a mental illness, or a resident needing mental-health services',
      ),
      cmp(t('정신질환', 'mental illness'), fact('illness', 'kind'), '==', lit('mental')),
      cmp(
        t('정신장애 등록', 'mental disability registered'),
        fact('disability', 'type'),
        'in',
        lit(['정신']),
      ),
      judgement(
        t(
          '정신건강 상담·위기개입·예방 서비스가 필요함',
          'needs counselling, crisis intervention or prevention services',
        ),
        t('센터 상담', 'centre counselling'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '중증 정신질환자 사례관리·심층사정평가·상담·사회복귀 지원, 정신응급 위기개입·상담, 고위험군 조기발견·치료 연계, 일반 정신건강 증진사업 (정신건강위기 상담전화 1577-0199)',
      'Case management, assessment, counselling and rehabilitation for people with severe mental illness; crisis intervention; early detection and referral; general mental-health promotion (crisis line 1577-0199)',
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
  reviewCycle: 'none',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
