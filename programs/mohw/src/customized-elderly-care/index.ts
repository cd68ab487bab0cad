import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 노인맞춤돌봄서비스 (WLF00003191), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003191&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노인맞춤돌봄서비스」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'customizedElderlyCare.minAge',
    label: t('대상 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
];

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
    '일상생활 영위가 어려운 취약노인에게 적절한 돌봄서비스를 제공하여 안정적인 노후생활 보장, 노인의 기능·건강 유지 및 악화 예방을 지원합니다.',
    'Provides suitable care to vulnerable older people who find daily life difficult, securing a stable old age and helping maintain their function and health and prevent decline.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 65세 이상', 'aged 65 or over'), v('person.age'), '>=', param('customizedElderlyCare.minAge')),
    any(
      t(
        '기초생활수급자, 차상위계층 또는 기초연금수급자',
        'NBLSS recipient, near-poor or Basic Pension recipient',
      ),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education benefit)',
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
      cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      cmp(
        t('기초연금 수급', 'Basic Pension recipient'),
        receives('WLF00001164', t('기초연금 수급', 'Basic Pension recipient'), 'person'),
        '==',
        lit(true),
      ),
    ),
    judgement(
      t(
        '독거·조손가구 등 돌봄이 필요한 어르신 (선정도구 조사)',
        'living alone, with grandchildren only or otherwise needing care (selection tool)',
      ),
      t(
        '신체·정신·사회참여 영역 취약요인 조사 결과 (선정도구, 수행기관·시군구)',
        'assessment of physical, mental and social vulnerability with the selection tool (provider, local government)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '안전지원·사회참여·생활교육·일상생활 지원 서비스(방문형·통원형)를 서비스 제공계획에 따라 직접 또는 연계 제공, 특화서비스(사례관리·우울증 지원). 돌봄 필요 정도에 따라 제공시간·내용이 다름',
      'Safety checks, social participation, health education and daily-living help (home visits or group programmes) under a service plan, directly or by referral, plus specialised services (case management, depression support). Hours and content depend on the assessed need',
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
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089', 'WLF00001164'],
  parameters: parameters,
  cases,
});
