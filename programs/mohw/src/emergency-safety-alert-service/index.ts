import {
  all,
  any,
  type Criterion,
  cmp,
  defineProgram,
  everyMember,
  fact,
  judgement,
  lit,
  noMember,
  not,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  type Text,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 독거노인·장애인 응급안전안심서비스 (WLF00001093) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001093&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => [
  { from: '2026-01-01', value: { type: 'scalar' as const, value }, sources: [bokjiro] },
];

const parameters: ParameterDefinition[] = [
  {
    id: 'emergencySafetyAlertService.elderAge',
    label: t('노인 연령 (만 나이 이상)', 'older-person age (full years, at least)'),
    unit: 'years',
    versions: scalar(65),
  },
  {
    id: 'emergencySafetyAlertService.coupleAllAge',
    label: t(
      '노인 2인가구: 모두 이 연령 이상이면 질환 요건 없이 대상',
      'older couple: eligible without the illness test if both are at least this age',
    ),
    unit: 'years',
    versions: scalar(75),
  },
  {
    id: 'emergencySafetyAlertService.grandchildMaxAge',
    label: t(
      '조손가구 손자녀 연령 (만 나이 이하)',
      'grandchildren in a grandparent household (age, at most)',
    ),
    unit: 'years',
    versions: scalar(24),
  },
  {
    id: 'emergencySafetyAlertService.soloElders',
    label: t(
      '독거노인 기준을 적용하는 노인 수 (조손가구 포함)',
      'number of older people for the living-alone rule',
    ),
    unit: 'count',
    versions: scalar(1),
  },
  {
    id: 'emergencySafetyAlertService.coupleElders',
    label: t('노인 2인가구 기준을 적용하는 노인 수', 'number of older people for the older-couple rule'),
    unit: 'count',
    versions: scalar(2),
  },
  {
    id: 'emergencySafetyAlertService.vulnerableChildMaxAge',
    label: t('취약가구: 가구원 연령 (만 18세 이하)', 'vulnerable household: members aged at most'),
    unit: 'years',
    versions: scalar(18),
  },
];

const isElder = (label: Text = t('만 65세 이상', 'aged 65 or over')): Criterion =>
  cmp(label, v('person.age'), '>=', param('emergencySafetyAlertService.elderAge'));

/** 노인(65세 이상)과 손자녀(24세 이하)로만 구성: every member is an older person or a young grandchild. */
const onlyEldersAndGrandchildren = (): Criterion =>
  everyMember(
    t(
      '가구원 모두 노인(65세 이상) 또는 손자녀(24세 이하)',
      'every member is 65+ or a grandchild aged 24 or under',
    ),
    any(
      undefined,
      isElder(),
      all(
        t('손자녀 (만 24세 이하)', 'grandchild aged 24 or under'),
        cmp(
          t('손자녀', 'grandchild'),
          v('person.relation'),
          '==',
          lit('grandchild', t('손자녀', 'grandchild')),
        ),
        cmp(
          t('만 24세 이하', 'aged 24 or under'),
          v('person.age'),
          '<=',
          param('emergencySafetyAlertService.grandchildMaxAge'),
        ),
      ),
    ),
  );

const elderCount = (label: Text, id: 'soloElders' | 'coupleElders'): Criterion => ({
  type: 'count',
  label,
  where: isElder(),
  op: '==',
  right: param(`emergencySafetyAlertService.${id}`),
});

const receipt = (id: string, ko: string, en: string): Criterion =>
  cmp(
    t(`${ko} 수급 가구`, `household receives the ${en}`),
    receives(id, t(`${ko} 수급`, `${en} recipient`)),
    '==',
    lit(true),
  );

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
    t('장애인활동 지원에 관한 법률', 'Act on Personal Assistance Services for Persons with Disabilities'),
    t('노인복지법', 'Welfare of Older Persons Act'),
    t('장애인복지법', 'Act on Welfare of Persons with Disabilities'),
  ],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '실제로 혼자 사는 65세 이상 노인, 수급자·차상위·기초연금 수급 노인 2인가구(한 명이 질환·거동 불편이거나 모두 75세 이상), 노인과 24세 이하 손자녀로만 구성된 조손가구, 독거·취약가구 장애인활동지원 수급자(또는 지자체장이 상시 보호 필요를 인정한 장애인)의 집에 화재·활동 센서와 응급호출기를 설치해 응급상황에 대응합니다. 24시간 활동지원 수급자는 제외됩니다.',
    'Fire and activity sensors and an emergency call button for people 65+ who actually live alone, older couples (both 65+) on NBLSS, near-poor or Basic Pension where one is ill or immobile or both are 75+, grandparent households (older people with grandchildren aged 24 or under), and personal-assistance recipients living alone or in a vulnerable household (or disabled people the local head finds in need of constant protection). People receiving 24-hour assistance are excluded.',
  ),
  criteria: any(
    t(
      '상시 보호가 필요한 노인가구 또는 장애인 가구',
      'an older or disabled household needing constant protection',
    ),
    all(
      t(
        '독거노인 (노인 1인과 손자녀로 구성된 조손가구 포함, 소득 무관)',
        'older person living alone (or one older person with grandchildren; no income test)',
      ),
      isElder(),
      any(
        t(
          '혼자 살거나 노인 1인과 손자녀로만 구성',
          'lives alone, or one older person with grandchildren only',
        ),
        all(
          t(
            '주민등록상 노인 1인 (손자녀 외 가구원 없음)',
            'the only older person, with no one but grandchildren',
          ),
          onlyEldersAndGrandchildren(),
          elderCount(t('가구 내 65세 이상 노인이 1명', 'one person aged 65+ in the household'), 'soloElders'),
        ),
        judgement(
          t(
            '주민등록상 동거자와 관계없이 실제로 혼자 거주',
            'actually lives alone whatever the registered household',
          ),
          t('실제 거주 확인 (읍면동)', 'check of actual living arrangements (local office)'),
        ),
      ),
    ),
    all(
      t(
        '노인 2인가구 (손자녀와 사는 노인 2인 포함)',
        'older couple household (including two older people with grandchildren)',
      ),
      isElder(),
      onlyEldersAndGrandchildren(),
      elderCount(t('가구 내 65세 이상 노인이 2명', 'two people aged 65+ in the household'), 'coupleElders'),
      any(
        t('기초생활수급자·차상위·기초연금 수급 가구', 'NBLSS, near-poor or Basic Pension household'),
        receipt('WLF00001132', '생계급여', 'livelihood benefit'),
        receipt('WLF00000102', '의료급여', 'medical aid'),
        receipt('WLF00003201', '주거급여', 'housing benefit'),
        receipt('WLF00001089', '교육급여', 'education benefit'),
        someMember(
          t('차상위계층 확인 가구원', 'a certified near-poor member'),
          cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
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
        t('한 명이 질환·거동 불편 또는 모두 75세 이상', 'one is ill or immobile, or both are 75+'),
        {
          type: 'count',
          label: t('두 노인 모두 만 75세 이상', 'both older people aged 75 or over'),
          where: cmp(
            t('만 75세 이상', 'aged 75 or over'),
            v('person.age'),
            '>=',
            param('emergencySafetyAlertService.coupleAllAge'),
          ),
          op: '>=',
          right: param('emergencySafetyAlertService.coupleElders'),
        },
        judgement(
          t('한 명이 질환을 앓거나 거동이 불편함', 'one has an illness or limited mobility'),
          t('건강상태·거동 확인 (진단서 등)', 'health and mobility check (medical certificate, …)'),
        ),
      ),
    ),
    all(
      t(
        '장애인활동지원 수급자로 독거 또는 취약가구 (24시간 활동지원 제외)',
        'personal-assistance recipient living alone or in a vulnerable household (not 24-hour assistance)',
      ),
      cmp(
        t('장애인활동지원 수급', 'receives personal assistance'),
        receives('WLF00003260', t('장애인활동지원 수급', 'personal-assistance recipient'), 'person'),
        '==',
        lit(true),
      ),
      noMember(
        t(
          '독거 또는 취약가구: 본인 외 가구원 모두 장애인, 만 18세 이하 또는 만 65세 이상',
          'alone or vulnerable: every other member is disabled, 18 or under, or 65+',
        ),
        not(
          t(
            '장애인·18세 이하·65세 이상에 해당하지 않는 가구원',
            'a member who is neither disabled, 18 or under, nor 65+',
          ),
          any(
            undefined,
            cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
            cmp(
              t('만 18세 이하', 'aged 18 or under'),
              v('person.age'),
              '<=',
              param('emergencySafetyAlertService.vulnerableChildMaxAge'),
            ),
            isElder(),
          ),
        ),
        { excludeSubject: true },
      ),
      judgement(
        t(
          '정부·지자체 재정의 24시간 활동지원을 받고 있지 않음',
          'not receiving publicly funded 24-hour assistance',
        ),
        t('24시간 활동지원 수급 여부 (시군구)', 'whether 24-hour assistance is received (local government)'),
      ),
    ),
    all(
      t(
        '그 밖의 장애인: 기초지자체장이 상시 보호 필요를 인정',
        'other disabled people: the local head finds constant protection necessary',
      ),
      cmp(
        t('「장애인복지법」상 등록장애인', 'registered disabled person'),
        fact('disability'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '기초지자체장이 독거·취약가구 등 생활 여건을 고려해 상시 보호 필요를 인정 (24시간 활동지원 수급자 제외)',
          'the local head finds constant protection necessary given the living situation (not 24-hour assistance users)',
        ),
        t('시군구의 생활 여건 조사와 인정 결정', 'the local government’s assessment and decision'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '댁내에 화재·활동 센서와 응급호출기 등을 설치해 응급상황 모니터링과 상시 대응, 비주기적 안전확인, 안부·욕구 파악, 장비 점검·사용법 안내, 이용사례 교육, 응급상황 확인과 사후관리, 부재 시 이웃(이장 등)을 통한 안전확인. 통합돌봄 연계 대상자 우선 지원',
      'Fire and activity sensors and an emergency call button at home with constant monitoring and response, irregular safety checks, welfare and needs checks, equipment checks and guidance, education, emergency follow-up and checks through neighbours when unreachable. People referred by integrated care come first',
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
        label: t('응급안전안심서비스 신청서', 'emergency safety alert service application'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00001164', 'WLF00003201', 'WLF00003260'],
  parameters,
  cases,
});
