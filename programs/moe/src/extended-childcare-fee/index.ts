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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 그 밖의 연장형 보육료 등 지원 (WLF00001147) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001147&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const scalar = (value: number) => ({ type: 'scalar' as const, value });
const personReceives = (programId: string, ko: string, en: string) =>
  cmp(t(ko, en), receives(programId, t(ko, en), 'person'), '==', lit(true));

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
    id: 'extendedChildcareFee.schoolChildMaxAge',
    label: {
      ko: '취학아동 연령 상한 (야간연장 보육료, 만 나이 이하)',
      en: 'age limit of school children (night extension only, inclusive)',
    },
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(12), sources: [bokjiro] }],
  },
  {
    id: 'extendedChildcareFee.unregisteredDisabledMaxAge',
    label: {
      ko: '복지카드 미소지 취학 장애아동 연령 상한 (만 나이 이하)',
      en: 'age limit of school children with a disability but no welfare card (inclusive)',
    },
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(8),
        sources: [bokjiro],
        note: '특수교육대상자 진단·평가 통지서 제출 시',
      },
    ],
  },
  {
    id: 'extendedChildcareFee.nightHourly',
    label: { ko: '야간연장 보육료 (시간당)', en: 'night-extension fee (per hour)' },
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { general: 4000, disabled: 5000 } },
        sources: [bokjiro],
        note: '연령에 관계없이 동일; 월 60시간 한도는 2026년 3월부터 폐지',
      },
    ],
  },
  {
    id: 'extendedChildcareFee.holidayRate',
    label: {
      ko: '휴일 보육료 지원율 (일 보육료 대비; 휴일어린이집 지정 시)',
      en: 'holiday care rate (share of the daily fee; at designated holiday daycare)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { general: 1.5, designatedHolidayDaycare: 1 } },
        sources: [bokjiro],
      },
    ],
  },
  {
    id: 'extendedChildcareFee.careDaysPerMonth',
    label: {
      ko: '일 보육료 산정 보육가능일수 (월)',
      en: 'care days a month used to compute the daily fee',
    },
    unit: 'count',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(26),
        sources: [bokjiro],
        note: '일 보육료 = 정부지원단가 × 휴일보육일수 / 26일',
      },
    ],
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
    '보육료(0~2세 종일반·3~5세 누리과정)·다문화 보육료·장애아 보육료를 지원받는 취학 전 아동과, 야간연장 보육에 한해 12세 이하 취학아동 중 법정 저소득층·장애아동이 야간연장(시간당 4,000원, 장애아동 5,000원)·야간12시간·24시간·휴일(일 보육료 × 150%) 보육을 이용할 때 보육료를 지원합니다.',
    'Preschool children receiving the daycare fee (age 0–2 full-day, 3–5 Nuri), the multicultural or the disabled-child daycare fee — and, for night extension only, school children aged 12 or under from statutory low-income households or with a disability — get fees for night-extension care (4,000 an hour, 5,000 for disabled children), overnight, 24-hour and holiday care (daily fee × 150%).',
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
      all(
        t(
          '취학 전 보육료 지원 아동 (0~2세 종일반·3~5세 누리과정·다문화·장애아 보육료)',
          'preschool child receiving a daycare fee (age 0–2 full-day, 3–5 Nuri, multicultural, disabled-child)',
        ),
        not(
          t('취학 전', 'not yet at school'),
          cmp(t('재학 중', 'enrolled at a school'), fact('student'), '==', lit(true)),
        ),
        any(
          t('보육료 지원 아동', 'receives a daycare fee'),
          personReceives('WLF00003250', '영유아보육료 지원 아동', 'receives the daycare fee'),
          personReceives('WLF00001183', '다문화보육료 지원 아동', 'receives the multicultural daycare fee'),
          personReceives('WLF00001067', '장애아보육료 지원 아동', 'receives the disabled-child daycare fee'),
        ),
      ),
      all(
        t(
          '12세 이하 취학아동 중 법정 저소득층·장애아동 (야간연장 보육료에 한함)',
          'school child aged 12 or under, statutory low-income or disabled (night extension only)',
        ),
        cmp(
          t('초등학교·중학교 재학 (취학아동)', 'at elementary or middle school (school child)'),
          fact('student', 'level'),
          'in',
          lit(['elementary', 'middle'], t('초등학교·중학교', 'elementary / middle school')),
        ),
        cmp(
          t('만 12세 이하', 'aged 12 or under'),
          v('person.age'),
          '<=',
          param('extendedChildcareFee.schoolChildMaxAge'),
        ),
        any(
          t('법정 저소득층 또는 장애아동', 'statutory low-income or disabled child'),
          nblssAny(),
          nearPoorMember(),
          someMember(
            t('한부모가족', 'single-parent family'),
            cmp(
              t('한부모가족 증명', 'single-parent family certificate'),
              fact('singleParentFamily'),
              '==',
              lit(true),
            ),
          ),
          cmp(
            t('등록 장애아동 (복지카드 소지)', 'registered disability (welfare card)'),
            fact('disability'),
            '==',
            lit(true),
          ),
          all(
            t(
              '복지카드 미소지 취학 장애아동 (8세 이하)',
              'school child with a disability but no welfare card (aged 8 or under)',
            ),
            cmp(
              t('만 8세 이하', 'aged 8 or under'),
              v('person.age'),
              '<=',
              param('extendedChildcareFee.unregisteredDisabledMaxAge'),
            ),
            judgement(
              t('특수교육대상자', 'special-education student'),
              t('특수교육대상자 진단·평가 통지서', 'the special-education diagnosis and assessment notice'),
            ),
          ),
        ),
      ),
    ),
    judgement(
      t(
        '야간연장·야간12시간·24시간·휴일 보육 이용 (원장 겸 교사의 자녀 제외)',
        'uses night-extension, overnight, 24-hour or holiday care (children of a director-teacher excluded)',
      ),
      t(
        '연장형 보육 이용 신청과 이용 시간 (야간12시간·24시간은 24시간 지정 어린이집, 24시간은 야간보육이 불가피하다는 판단)',
        'extended-care enrolment and hours (overnight and 24-hour care only at designated 24-hour daycare; 24-hour care needs a finding that night care is unavoidable)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '야간연장 (평일 19:30~24:00, 토 15:30~24:00): 시간당 일반 아동 4,000원, 장애 아동 5,000원, 매일 1시간 단위 (월 60시간 한도는 2026년 3월부터 폐지; 야간연장만 이용하는 아동은 지원 불가). 야간12시간 (19:30~익일 07:30, 주간 미이용 아동만, 취학아동 불가)·24시간 (07:30~익일 07:30): 2026 보육사업안내 만0~5세 보육료 단가표, 24시간 지정 어린이집에서만. 휴일 (일요일·공휴일 07:30~19:30): 일 보육료(정부지원단가 × 휴일보육일수 / 26일) × 150%, 휴일어린이집 지정 시 100% (원 단위 절삭). 이용 시간에 따라 정해져 산정 제외',
      'Night extension (weekdays 19:30–24:00, Saturdays 15:30–24:00): 4,000 an hour, 5,000 for disabled children, counted in whole hours a day (the 60-hour monthly cap is abolished from March 2026; night extension alone is not supported). Overnight (19:30–07:30, only for children not in day care, not school children) and 24-hour care (07:30–07:30): the 2026 fee table, only at designated 24-hour daycare. Holidays (Sundays, public holidays 07:30–19:30): daily fee (government rate × holiday days / 26) × 150%, 100% at designated holiday daycare (won units cut). Depends on hours used; not computed',
    ),
  },
  form: {
    schema: z.object({
      careType: z
        .enum(['nightExtension', 'overnight12h', 'allDay24h', 'holiday'])
        .meta({ label: t('연장형 보육 유형', 'type of extended care') }),
      daycareName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('이용 어린이집', 'daycare centre') }),
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
        label: t('서비스 이용 신청서 (서비스이용서식 제1호)', 'service use application (form no. 1)'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: [
    'WLF00000102',
    'WLF00001067',
    'WLF00001089',
    'WLF00001132',
    'WLF00001183',
    'WLF00003201',
    'WLF00003250',
  ],
  parameters,
  cases,
});
