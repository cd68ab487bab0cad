import {
  all,
  any,
  cmp,
  defineProgram,
  everyMember,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 독거노인·장애인 응급안전안심서비스 (WLF00001093), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001093&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「독거노인·장애인 응급안전 안심서비스」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 독거노인·장애인 응급안전안심서비스 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001093&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'emergencySafetyAlertService.elderAge',
    label: { ko: '노인 연령 (만 나이 이상)', en: 'older-person age (full years, at least)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [book] }],
  },
  {
    id: 'emergencySafetyAlertService.coupleAllAge',
    label: {
      ko: '노인 2인가구: 모두 이 연령 이상이면 질환 요건 없이 대상',
      en: 'older couple: eligible without the illness test if both are at least this age',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 75 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001093',
  version: '2026.1',
  name: t(
    '독거노인·장애인 응급안전안심서비스',
    'Emergency safety alert service for older and disabled people living alone',
  ),
  ministry: '보건복지부',
  bureau: '노인정책과',
  legalBasis: [
    t('노인복지법', 'Welfare of Older Persons Act'),
    t('장애인복지법', 'Act on Welfare of Persons with Disabilities'),
  ],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '안전의 사각지대에 있는 노인과 장애인이 응급상황을 인지하고 응급상황에 대처할 수 있도록 안전대책을 마련하여 지역사회 예방적 돌봄을 지원합니다.',
    'Helps older and disabled people in the blind spots of safety recognise and respond to emergencies, supporting preventive care in the community.',
  ),
  criteria: any(
    t(
      '상시 보호가 필요한 독거·2인 노인가구 또는 장애인',
      'older people living alone or as a couple, or disabled people, needing constant protection',
    ),
    all(
      t(
        '독거노인 (실제로 혼자 사는 65세 이상, 소득 무관)',
        'older person actually living alone (65+, no income test)',
      ),
      cmp(
        t('만 65세 이상', 'aged 65 or over'),
        v('person.age'),
        '>=',
        param('emergencySafetyAlertService.elderAge'),
      ),
      any(
        undefined,
        cmp(t('1인 가구', 'one-person household'), v('household.size'), '==', lit(1)),
        judgement(
          t(
            '주민등록상 동거자와 관계없이 실제로 혼자 거주',
            'actually lives alone whatever the registered household',
          ),
          t('실제 거주 확인 (읍면동)', 'check of actual living arrangements'),
        ),
      ),
    ),
    all(
      t(
        '노인 2인가구 (65세 이상 2인, 수급자·차상위·기초연금 수급)',
        'older couple household (two people 65+, NBLSS, near-poor or Basic Pension)',
      ),
      cmp(t('2인 가구', 'two-person household'), v('household.size'), '==', lit(2)),
      everyMember(
        t('가구원 모두 만 65세 이상', 'both members aged 65 or over'),
        cmp(
          t('만 65세 이상', 'aged 65 or over'),
          v('person.age'),
          '>=',
          param('emergencySafetyAlertService.elderAge'),
        ),
      ),
      any(
        t(
          '기초생활수급자·차상위·기초연금 수급자 포함',
          'includes an NBLSS, near-poor or Basic Pension recipient',
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
        someMember(
          t('차상위계층 가구원', 'a near-poor member'),
          cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
        ),
        someMember(
          t('기초연금 수급 가구원', 'a Basic Pension recipient'),
          cmp(
            t('기초연금 수급', 'Basic Pension recipient'),
            receives('WLF00001164', t('기초연금 수급', 'Basic Pension recipient'), 'person'),
            '==',
            lit(true),
          ),
        ),
      ),
      any(
        t(
          '한 명이 질환·거동 불편 또는 모두 75세 이상',
          'one has an illness or limited mobility, or both are 75+',
        ),
        everyMember(
          t('모두 만 75세 이상', 'both aged 75 or over'),
          cmp(
            t('만 75세 이상', 'aged 75 or over'),
            v('person.age'),
            '>=',
            param('emergencySafetyAlertService.coupleAllAge'),
          ),
        ),
        judgement(
          t('한 명이 질환을 앓거나 거동이 불편함', 'one has an illness or limited mobility'),
          t('건강상태 확인', 'health check'),
        ),
      ),
    ),
    all(
      t(
        '장애인 (활동지원 수급자 중 독거·취약가구 등)',
        'disabled person (personal-assistance recipient living alone or in a vulnerable household, …)',
      ),
      cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
      judgement(
        t(
          '장애인활동지원 수급자로 독거·취약가구이거나 지자체장이 상시 보호 필요를 인정 (24시간 활동지원 수급자 제외)',
          'personal-assistance recipient living alone or in a vulnerable household, or recognised by the local government as needing constant protection (not 24-hour assistance users)',
        ),
        t(
          '활동지원 수급·가구 여건 확인 (시군구)',
          'personal-assistance status and living situation (local government)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '가정에 화재감지기·활동감지기·응급호출기를 설치하고 응급상황 발생 시 119에 신고, 안전 확인·생활교육·서비스 연계',
      'Fire and activity sensors and an emergency call button installed at home; emergencies are reported to 119; safety checks, guidance and referrals',
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
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00001164', 'WLF00003201'],
  parameters,
  cases,
});
