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
  title: '복지로 중독관리통합지원센터 지원 (WLF00000896), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000896&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「중독관리통합지원센터 운영」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000896',
  version: '2026.1',
  name: t('중독관리통합지원센터 지원', 'Integrated addiction management centres'),
  ministry: '보건복지부',
  bureau: '정신건강관리과',
  legalBasis: [t('정신건강증진 및 정신질환자 복지서비스 지원에 관한 법률', 'Mental Health Welfare Act')],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'monthly',
  summary: t(
    '중독관리통합지원센터를 설치·운영하여 통합적인 문제 음주자 및 알코올 등 중독자 관리체계를 구축하고, 중독자 조기발견·상담·치료·재활 및 사회로의 복귀를 지원합니다.',
    'Runs integrated addiction management centres to build a system for problem drinkers and people with alcohol and other addictions, supporting early detection, counselling, treatment, rehabilitation and return to society.',
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
    judgement(
      t(
        '중독(알코올·도박·마약·인터넷 등) 문제가 있는 본인·가족, 또는 상담·재활이 필요한 주민',
        'a person with an addiction (alcohol, gambling, drugs, internet, …) or a family member, or a resident needing counselling or rehabilitation',
      ),
      t('센터 상담·선별검사', 'centre counselling and screening'),
    ),
  ),
  benefit: {
    description: t(
      '중독 문제 조기발견·단기개입, 심층 사정평가, 중독질환자 등록·사례관리, 중독 재활프로그램과 가족지원 (무료)',
      'Early detection and brief intervention, in-depth assessment, registration and case management, rehabilitation programmes and family support (free)',
    ),
  },
  form: {
    schema: z.object({
      concern: z
        .enum(['alcohol', 'gambling', 'drugs', 'internet', 'other'])
        .meta({ label: t('상담 분야', 'area of concern') }),
      forFamilyMember: z.boolean().meta({ label: t('가족 문제로 상담', 'asking about a family member') }),
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
