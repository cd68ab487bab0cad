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
  title: '복지로 그 밖의 연장형 보육료 등 지원 (WLF00001147), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001147&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「그밖의 연장형 보육료 지원(어린이집 이용 아동)」',
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
    id: 'extendedChildcareFee.preschoolMaxAge',
    label: {
      ko: '보육료 지원 아동 연령 상한 (만 나이, 이하)',
      en: 'age limit of children receiving the childcare fee (full years, inclusive)',
    },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 5 },
        sources: [booklet],
        note: '보육료를 지원받는 만 0~5세 아동',
      },
    ],
  },
  {
    id: 'extendedChildcareFee.schoolChildMaxAge',
    label: {
      ko: '취학아동 연령 상한 (야간연장, 만 나이 이하)',
      en: 'age limit of school children (night extension only, inclusive)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001147',
  version: '2026.1',
  name: t('그 밖의 연장형 보육료 등 지원', 'Extended-Hours Childcare Fee Support'),
  ministry: '교육부',
  bureau: '교육보육과정지원과',
  legalBasis: [t('영유아보육법', 'Infant Care Act')],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: ['multicultural', 'disability', 'lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '그 밖의 연장형 어린이집(야간연장, 휴일, 24시 등)을 이용하는 영유아에 대하여 보육료를 지원함으로써 부모의 자녀양육 부담을 덜고 원활한 경제활동을 돕습니다.',
    'Pays childcare fees for children using extended-hours daycare (night extension, holiday, 24-hour care), easing the burden of child-rearing and helping parents stay in work.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('어린이집 이용', 'attends a daycare centre'),
      fact('daycareUse', 'kind'),
      '==',
      lit('daycare', t('어린이집', 'daycare')),
    ),
    any(
      t('지원 대상 아동', 'eligible child'),
      cmp(
        t('보육료 지원 아동 (만 0~5세)', 'child receiving the childcare fee (aged 0 to 5)'),
        v('person.age'),
        '<=',
        param('extendedChildcareFee.preschoolMaxAge'),
      ),
      all(
        t(
          '만 12세 이하 취학아동 중 법정저소득층 (야간연장 보육료에 한함)',
          'school child aged 12 or under in a statutory low-income household (night extension only)',
        ),
        cmp(
          t('만 12세 이하', 'aged 12 or under'),
          v('person.age'),
          '<=',
          param('extendedChildcareFee.schoolChildMaxAge'),
        ),
        cmp(
          t('초등학교 재학', 'at elementary school'),
          fact('student', 'level'),
          '==',
          lit('elementary', t('초등학교', 'elementary school')),
        ),
        any(
          t('기초생활수급자 또는 차상위계층', 'NBLSS recipient or near-poor'),
          nblssAny(),
          nearPoorMember(),
        ),
      ),
    ),
    judgement(
      t(
        '야간연장·야간12시간·24시간·휴일 보육 이용',
        'uses night-extension, overnight, 24-hour or holiday care',
      ),
      t('연장형 보육 이용 신청과 이용 시간', 'extended-care enrolment and hours'),
    ),
  ),
  benefit: {
    description: t(
      '기본·연장 보육시간(07:30~19:30) 전후 야간연장(19:30~24:00), 야간12시간(19:30~익일 07:30), 24시간, 휴일 보육료 지원 (국민행복카드)',
      'Childcare fees for care beyond the standard hours (07:30–19:30): night extension (19:30–24:00), overnight (19:30–07:30), 24-hour and holiday care (National Happiness Card)',
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
