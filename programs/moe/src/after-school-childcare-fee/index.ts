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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 방과후보육료지원 (WLF00001140), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001140&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「방과후 보육료 지원」',
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
    id: 'afterSchoolChildcareFee.maxAge',
    label: { ko: '방과후 보육료 연령 상한 (만 나이, 이하)', en: 'age limit (full years, inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
  {
    id: 'afterSchoolChildcareFee.minDailyHours',
    label: {
      ko: '방과후 어린이집 일일 이용 시간 하한',
      en: 'minimum daily hours at the after-school daycare',
    },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 4 }, sources: [booklet] }],
  },
  {
    id: 'afterSchoolChildcareFee.monthly',
    label: { ko: '방과후 보육료 (월)', en: 'after-school childcare fee (monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] }],
  },
  {
    id: 'afterSchoolChildcareFee.vacationMonthly',
    label: {
      ko: '방학기간 방과후 보육료 (일 8시간 이상 이용, 월)',
      en: 'fee during school holidays (8+ hours a day, monthly)',
    },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200000 }, sources: [booklet] }],
  },
  {
    id: 'afterSchoolChildcareFee.vacationDailyHours',
    label: { ko: '방학기간 일일 이용 시간 기준', en: 'daily hours during holidays for the higher fee' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 8 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001140',
  version: '2026.1',
  name: t('방과후보육료지원', 'After-School Childcare Fee Support'),
  ministry: '교육부',
  bureau: '교육보육과정지원과',
  legalBasis: [t('영유아보육법', 'Infant Care Act')],
  target: 'person',
  lifeCycle: ['child'],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '어린이집을 이용하는 12세 이하 취학아동에 대한 방과후 보육료를 지원하여 양육의 부담을 줄이고 원활한 경제활동을 돕습니다.',
    'Pays after-school childcare fees for school children aged 12 or under who use a daycare centre, easing the burden of child-rearing and helping parents stay in work.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 12세 이하', 'aged 12 or under'),
      v('person.age'),
      '<=',
      param('afterSchoolChildcareFee.maxAge'),
    ),
    cmp(
      t('취학아동 (초등학교 재학)', 'school child (elementary school)'),
      fact('student', 'level'),
      '==',
      lit('elementary', t('초등학교', 'elementary school')),
    ),
    cmp(
      t('방과후 어린이집 이용', 'attends an after-school daycare centre'),
      fact('daycareUse', 'kind'),
      '==',
      lit('daycare', t('어린이집', 'daycare')),
    ),
    any(
      t('기초생활수급자 또는 차상위계층 가구 아동', 'child of an NBLSS recipient or near-poor household'),
      nblssAny(),
      nearPoorMember(),
    ),
    judgement(
      t('방과후 어린이집 일일 4시간 이상 이용', 'uses the after-school daycare 4 hours or more a day'),
      t('어린이집 일일 이용 시간 (4시간 이상)', 'daily hours at the daycare centre (4 or more)'),
    ),
  ),
  benefit: {
    description: t(
      '방과후 보육료 월 100,000원 (방학기간 일일 8시간 이상 이용 시 월 200,000원)',
      'After-school childcare fee of 100,000 a month (200,000 a month in school holidays with 8+ hours a day)',
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
