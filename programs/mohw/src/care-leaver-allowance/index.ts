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
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 자립준비청년 자립수당 지급 (WLF00001175) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001175&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const fromRecord: Source = {
  title:
    '상세 기록의 기간·날짜에서 계산 (만 18세 + 5년 이내 → 만 22세 이하; 2024.2.9. 이후 만 18세 도달 → 2006.2.9. 이후 출생)',
  status: 'derived',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  {
    id: 'careLeaverAllowance.periodMonths',
    label: t('보호종료 후 지원 기간 (개월 미만)', 'support period after leaving care (months, exclusive)'),
    unit: 'months',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(60),
        sources: [record],
        note: '보호종료 5년 이내 (만기·연장 종료자와 위원회 의결 시). 조기 종료자는 만 18세가 된 때로부터 5년 이내',
      },
    ],
  },
  {
    id: 'careLeaverAllowance.minCareMonths',
    label: t(
      '보호종료일 기준 연속 보호 기간 (개월 이상)',
      'continuous care before leaving (months, at least)',
    ),
    unit: 'months',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(24),
        sources: [record],
        note: "과거 2년 이상 연속 보호; 보호종료일·보호시작일이 속한 '월' 기준으로 산정",
      },
    ],
  },
  {
    id: 'careLeaverAllowance.endAge',
    label: t(
      '만기·연장 보호종료 연령 (만 나이 이후)',
      'age at leaving on expiry or after extension (at least)',
    ),
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(18),
        sources: [record],
        note: "'18년 8월 이후 보호종료자에 한함: 2026년에는 보호종료 5년 이내 요건으로 항상 충족",
      },
    ],
  },
  {
    id: 'careLeaverAllowance.earlyEndMinAge',
    label: t('조기 보호종료 연령 (만 나이 이후)', 'age at early leaving (at least)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(15), sources: [record] }],
  },
  {
    id: 'careLeaverAllowance.earlyEndAdultAge',
    label: t(
      '조기 보호종료자 지원 시작 연령 (만 18세가 된 때)',
      'age from which early leavers are supported',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(18), sources: [record] }],
  },
  {
    id: 'careLeaverAllowance.earlyEndMaxAge',
    label: t(
      '조기 보호종료자 지원 연령 상한 (만 18세가 된 때로부터 5년 이내)',
      'oldest age for early leavers (within 5 years of turning 18)',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(22), sources: [record, fromRecord] }],
  },
  {
    id: 'careLeaverAllowance.earlyEndBirthYear',
    label: t(
      '조기 보호종료 적용 출생 연도 (아동복지법 시행 2024.2.9. 이후 만 18세 도달)',
      'birth year for early leavers (turned 18 on or after 9 Feb 2024, when the Child Welfare Act provision took effect)',
    ),
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(2006),
        sources: [record, fromRecord],
        note: '2006.2.9. 이후 출생: 2007년 이후 출생은 충족, 2006년 출생은 출생일 확인 필요',
      },
    ],
  },
  {
    id: 'careLeaverAllowance.monthlyAllowance',
    label: t('자립수당 (월)', 'self-reliance allowance (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: scalar(500000), sources: [record] }],
  },
];

export default defineProgram({
  id: 'WLF00001175',
  version: '2026.1',
  name: t('자립준비청년 자립수당 지급', 'Self-reliance allowance for young people leaving care'),
  ministry: '보건복지부',
  bureau: '청년정책팀',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['teen', 'youth'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '자립준비청년(보호종료아동)에게 자립수당을 지급하여 보호종료 후 경제적 부담을 완화하고 복지향상을 통해 안정적 사회정착 및 성공적 자립을 지원합니다.',
    'Pays a self-reliance allowance to young people leaving care, easing their financial burden after care ends and supporting a stable start and successful independence.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '아동복지시설(아동양육·일시보호·보호치료시설, 공동생활가정)·가정위탁 보호종료',
        'left a children’s home, temporary or therapeutic care facility, group home or foster care',
      ),
      fact('fosterCare', 'leftCareOn'),
      '!=',
      lit(
        'none',
        t(
          '보호종료일 없음 (보호 중이거나 보호 이력 없음)',
          'no leaving date (still in care or never in care)',
        ),
      ),
    ),
    cmp(
      t('보호종료일 기준 과거 2년 이상 연속 보호', 'at least 2 years of continuous care up to leaving'),
      fact('careLeaving', 'continuousCareMonths'),
      '>=',
      param('careLeaverAllowance.minCareMonths'),
    ),
    any(
      t('보호종료 유형 (다음 중 하나)', 'how care ended (one of)'),
      all(
        t('만 18세 이후 만기 또는 연장 보호종료', 'left at 18 or later, on expiry or after an extension'),
        cmp(
          t('만기 또는 연장 보호종료', 'care ended on expiry or after an extension'),
          fact('careLeaving', 'endKind'),
          'in',
          lit(['expiry', 'extension'], t('만기·연장', 'expiry or extension')),
        ),
        cmp(
          t('보호종료 당시 만 18세 이상', 'aged 18 or over when leaving'),
          fact('careLeaving', 'ageAtEnd'),
          '>=',
          param('careLeaverAllowance.endAge'),
        ),
        cmp(
          t('보호종료 5년 이내', 'within 5 years of leaving care'),
          v('person.monthsSinceLeftCare'),
          '<',
          param('careLeaverAllowance.periodMonths'),
        ),
      ),
      all(
        t(
          '만 15세 이후 조기 보호종료, 만 18세가 된 때로부터 5년 이내 (2024.2.9. 이후 만 18세 도달)',
          'left early at 15 or later, within 5 years of turning 18 (turned 18 on or after 9 Feb 2024)',
        ),
        cmp(t('조기 보호종료', 'care ended early'), fact('careLeaving', 'endKind'), '==', lit('early')),
        cmp(
          t('보호종료 당시 만 15세 이상', 'aged 15 or over when leaving'),
          fact('careLeaving', 'ageAtEnd'),
          '>=',
          param('careLeaverAllowance.earlyEndMinAge'),
        ),
        cmp(
          t('만 18세 이상', 'aged 18 or over'),
          v('person.age'),
          '>=',
          param('careLeaverAllowance.earlyEndAdultAge'),
        ),
        cmp(
          t(
            '만 22세 이하 (만 18세가 된 때로부터 5년 이내)',
            'aged 22 or under (within 5 years of turning 18)',
          ),
          v('person.age'),
          '<=',
          param('careLeaverAllowance.earlyEndMaxAge'),
        ),
        any(
          t(
            '2006.2.9. 이후 출생 (2024.2.9. 이후 만 18세 도달)',
            'born on or after 9 Feb 2006 (turned 18 on or after 9 Feb 2024)',
          ),
          cmp(
            t('2007년 이후 출생', 'born in 2007 or later'),
            v('person.birthYear'),
            '>',
            param('careLeaverAllowance.earlyEndBirthYear'),
          ),
          all(
            t('2006년 출생: 2월 9일 이후 출생', 'born in 2006: on or after 9 February'),
            cmp(
              t('2006년 이후 출생', 'born in 2006 or later'),
              v('person.birthYear'),
              '>=',
              param('careLeaverAllowance.earlyEndBirthYear'),
            ),
            judgement(
              t('2006년 2월 9일 이후 출생', 'born on or after 9 February 2006'),
              t('생년월일 확인 (2006년 출생자)', 'the date of birth (for those born in 2006)'),
            ),
          ),
        ),
      ),
      all(
        t(
          '보호종료 5년 이내, 특별한 사유로 아동복지심의위원회가 심의·의결',
          'within 5 years of leaving care, decided by the child welfare committee for a special reason',
        ),
        cmp(
          t('보호종료 5년 이내', 'within 5 years of leaving care'),
          v('person.monthsSinceLeftCare'),
          '<',
          param('careLeaverAllowance.periodMonths'),
        ),
        judgement(
          t(
            '특별한 사유로 아동복지심의위원회가 심의·의결',
            'decided by the child welfare committee for a special reason',
          ),
          t('아동복지심의위원회 심의·의결 결과', 'the child welfare committee’s decision'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '자립수당 결정 대상자 명의 계좌로 매월 50만원 지급 (보호종료 5년 이내)',
      '500,000 a month paid into the young person’s own account (within 5 years of leaving care)',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('careLeaverAllowance.monthlyAllowance');
      return {
        amountKrw,
        lines: [{ label: t('자립수당 (월)', 'self-reliance allowance (monthly)'), value: amountKrw }],
      };
    },
  },
  form: {
    schema: z.object({
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('수당 수령 계좌', 'bank account') }),
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
  sources: [record],
  fidelity: 'statutory',
  parameters,
  cases,
});
