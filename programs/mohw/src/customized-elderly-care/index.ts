import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  not,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 노인맞춤돌봄서비스 (WLF00003191) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003191&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'customizedElderlyCare.minAge',
    label: t('대상 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 65 }, sources: [bokjiro] }],
  },
];

const recipientOf = (id: string, ko: string, en: string, scope: 'person' | 'household' = 'household') =>
  cmp(
    t(`${ko} 수급`, `${en} recipient`),
    receives(id, t(`${ko} 수급`, `${en} recipient`), scope),
    '==',
    lit(true),
  );

const user = (id: string, ko: string, en: string) =>
  not(
    t(`${ko} 이용자가 아님`, `not using ${en}`),
    cmp(
      t(`${ko} 이용`, `uses ${en}`),
      receives(id, t(`${ko} 이용`, `uses ${en}`), 'person'),
      '==',
      lit(true),
    ),
  );

export default defineProgram({
  id: 'WLF00003191',
  version: '2026.1',
  name: t('노인맞춤돌봄서비스', 'Customised care service for older people'),
  ministry: '보건복지부',
  bureau: '노인정책과',
  legalBasis: [t('노인복지법', 'Welfare of Older Persons Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '돌봄이 필요한 만 65세 이상 기초생활수급자·차상위계층·기초연금수급자(또는 시장·군수·구청장이 필요하다고 인정한 사람) 중 장기요양등급자·가사간병·보훈재가·장애인활동지원 등 유사 재가서비스 이용자가 아닌 사람을 선정조사로 중점·일반돌봄군으로 정해 안전지원·사회참여·생활교육·일상생활지원 서비스를 제공합니다.',
    'Older people aged 65+ who need care and receive NBLSS benefits, are near-poor or receive the Basic Pension (or whom the local head finds in need), and who do not use a similar home service (long-term care, home help, veterans’ home care, personal assistance), are assessed into intensive or general care groups and receive safety, social-participation, education and daily-living services.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 65세 이상', 'aged 65 or over'), v('person.age'), '>=', param('customizedElderlyCare.minAge')),
    any(
      t(
        '기초생활수급자·차상위계층·기초연금수급자 (또는 시장·군수·구청장 인정)',
        'NBLSS recipient, near-poor or Basic Pension recipient (or recognised by the local head)',
      ),
      recipientOf('WLF00001132', '생계급여', 'livelihood benefit'),
      recipientOf('WLF00000102', '의료급여', 'medical aid'),
      recipientOf('WLF00003201', '주거급여', 'housing benefit'),
      recipientOf('WLF00001089', '교육급여', 'education benefit'),
      cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      recipientOf('WLF00001164', '기초연금', 'Basic Pension', 'person'),
      judgement(
        t(
          '시장·군수·구청장이 서비스가 필요하다고 인정 (예외 제공)',
          'the mayor or county/district head finds the service necessary (exception)',
        ),
        t('시군구의 예외 인정 결정', 'the local government’s exception decision'),
      ),
    ),
    all(
      t('유사·중복사업 자격에 해당하지 않음', 'not covered by a similar service (which takes priority)'),
      cmp(
        t('노인장기요양보험 등급자가 아님', 'no long-term-care grade'),
        fact('longTermCareGrade'),
        '==',
        lit(false),
      ),
      user('WLF00001087', '가사·간병 방문지원사업', 'home help and care visits'),
      user('WLF00000098', '보훈재가복지서비스', 'veterans’ home care'),
      user('WLF00003260', '장애인활동지원', 'personal assistance for disabled people'),
    ),
    judgement(
      t(
        '대상자 선정조사 결과 중점돌봄군 또는 일반돌봄군',
        'assessed into the intensive or general care group',
      ),
      t(
        '대상자 선정조사지의 사회·신체·정신 영역 판정 (수행기관·시군구), 그 밖의 유사 재가서비스 이용 여부',
        'social, physical and mental ratings from the selection survey (provider, local government), and use of any other similar home service',
      ),
    ),
  ),
  benefit: {
    description: t(
      '방문형·통원형(집단 프로그램) 직접 서비스(안전지원, 사회참여, 생활교육, 일상생활지원), 연계 서비스(민간후원 자원), 특화서비스, 사후관리서비스. 서비스 내용·제공시간·주기는 개인별 돌봄욕구와 필요정도에 따라 결정',
      'Direct services at home or in groups (safety, social participation, health education, daily living), referrals to donated resources, specialised services and follow-up. Content, hours and frequency follow the person’s assessed needs',
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
  exclusions: [
    {
      programId: 'WLF00001087',
      kind: 'exclusive',
      reason: t(
        '가사·간병 방문지원사업이 우선 제공되는 유사·중복사업',
        'home help and care visits is a similar service provided first',
      ),
      source: bokjiro,
    },
    {
      programId: 'WLF00000098',
      kind: 'exclusive',
      reason: t(
        '보훈재가복지서비스가 우선 제공되는 유사·중복사업',
        'veterans’ home care is a similar service provided first',
      ),
      source: bokjiro,
    },
    {
      programId: 'WLF00003260',
      kind: 'exclusive',
      reason: t(
        '장애인활동지원이 우선 제공되는 유사·중복사업',
        'personal assistance is a similar service provided first',
      ),
      source: bokjiro,
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: [
    'WLF00001132',
    'WLF00000102',
    'WLF00003201',
    'WLF00001089',
    'WLF00001164',
    'WLF00001087',
    'WLF00000098',
    'WLF00003260',
  ],
  parameters,
  cases,
});
