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

const catalogue: Source = {
  title: '복지로 장애아보육료지원 (WLF00001067), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001067&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애아 보육료 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabledChildChildcareFee.maxAge',
    label: {
      ko: '장애아 보육료 연령 상한 (장애인복지카드 소지, 만 나이 이하)',
      en: 'age limit with a disability card (full years, inclusive)',
    },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 12 },
        sources: [booklet],
        note: '12세 이하 미취학 장애아동',
      },
    ],
  },
  {
    id: 'disabledChildChildcareFee.diagnosisMaxAge',
    label: {
      ko: '의사진단서 제출 시 연령 상한 (만 나이 이하)',
      en: 'age limit with a doctor’s diagnosis (full years, inclusive)',
    },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 5 },
        sources: [booklet],
        note: '장애인 복지카드 미소지 5세 이하',
      },
    ],
  },
  {
    id: 'disabledChildChildcareFee.specialEdMaxAge',
    label: {
      ko: '특수교육대상자 통지서 제출 시 연령 상한 (만 나이 이하)',
      en: 'age limit with a special-education notice (full years, inclusive)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 8 }, sources: [booklet] }],
  },
  {
    id: 'disabledChildChildcareFee.monthlyFee',
    label: {
      ko: '장애아 보육료 (장애아반·누리반 편성 아동, 월)',
      en: 'disabled-child daycare fee (disabled-child or Nuri class, monthly)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 587000 },
        sources: [booklet],
        note: '일반연령반 편성 장애아동은 시·도지사 고시 연령별 보육료 수납한도액',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001067',
  version: '2026.1',
  name: t('장애아보육료지원', 'Childcare Fee Support for Children with Disabilities'),
  ministry: '교육부',
  bureau: '영유아재정과',
  legalBasis: [
    t('장애아동복지지원법', 'Act on Welfare Support for Children with Disabilities'),
    t('영유아보육법', 'Infant Care Act'),
  ],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: ['disability'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '어린이집 이용 장애아동에 대한 보육료 지원을 통해 부모의 자녀양육 부담경감 및 원활한 경제활동을 지원합니다.',
    'Pays the daycare fees of children with disabilities who attend a daycare centre, easing parents’ child-rearing costs and helping them stay in work.',
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
      t('장애아동 요건', 'disabled-child requirement'),
      all(
        t(
          '장애인복지카드 소지 12세 이하 미취학 장애아동',
          'registered disabled child aged 12 or under, not yet at school',
        ),
        cmp(t('장애인 등록', 'registered disability'), fact('disability'), '==', lit(true)),
        cmp(
          t('만 12세 이하', 'aged 12 or under'),
          v('person.age'),
          '<=',
          param('disabledChildChildcareFee.maxAge'),
        ),
        cmp(t('미취학 (학교 미재학)', 'not enrolled at school'), fact('student'), '==', lit(false)),
      ),
      all(
        t(
          '장애 소견 진단서(만 5세 이하) 또는 특수교육대상자 통지서(만 8세 이하)',
          'doctor’s diagnosis (5 or under) or special-education notice (8 or under)',
        ),
        cmp(
          t('만 8세 이하', 'aged 8 or under'),
          v('person.age'),
          '<=',
          param('disabledChildChildcareFee.specialEdMaxAge'),
        ),
        judgement(
          t(
            '장애 소견 의사진단서(장애인복지카드 미소지 만 5세 이하) 또는 특수교육대상자 진단·평가 결과 통지서(만 8세 이하) 제출',
            'a doctor’s diagnosis of disability (unregistered child aged 5 or under) or a special-education assessment notice (aged 8 or under)',
          ),
          t(
            '의사진단서 또는 특수교육대상자 진단·평가 결과 통지서',
            'doctor’s diagnosis or special-education assessment notice',
          ),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '어린이집 보육료 지원: 3~5세 누리반·장애아반 편성 아동 월 587,000원, 일반연령반 편성 장애아동은 시·도지사 고시 연령별 보육료 수납한도액 (국민행복카드)',
      'Daycare fees: 587,000 a month for children in a Nuri or disabled-child class; children in a regular age class get the province’s fee cap for their age (National Happiness Card)',
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
  parameters: parameters,
  cases,
});
