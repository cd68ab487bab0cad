import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 시간제보육 지원 (WLF00000037), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000037&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「시간제 보육 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'hourlyChildcare.minAgeMonths',
    label: {
      ko: '시간제보육 이용 월령 하한 (이상)',
      en: 'minimum age for hourly childcare (months, inclusive)',
    },
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'hourlyChildcare.maxAgeMonths',
    label: {
      ko: '시간제보육 독립반 월령 상한 (미만)',
      en: 'age limit of the stand-alone hourly class (under, months)',
    },
    unit: 'months',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 36 },
        sources: [booklet],
        note: '독립반 6~36개월 미만; 통합반은 6개월~2세반',
      },
    ],
  },
  {
    id: 'hourlyChildcare.hourlyFee',
    label: { ko: '시간제보육료 (시간당)', en: 'hourly childcare fee (per hour)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5000 }, sources: [booklet] }],
  },
  {
    id: 'hourlyChildcare.hourlySubsidy',
    label: { ko: '시간제보육료 정부지원 (시간당)', en: 'government share of the hourly fee (per hour)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 3000 },
        sources: [booklet],
        note: '부모 자부담 2,000원',
      },
    ],
  },
  {
    id: 'hourlyChildcare.monthlyHours',
    label: { ko: '월 지원 시간 한도', en: 'monthly hours supported' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000037',
  version: '2026.1',
  name: t('시간제보육 지원', 'Hourly Childcare Support'),
  ministry: '교육부',
  bureau: '영유아정책총괄과',
  legalBasis: [t('영유아보육법', 'Infant Care Act')],
  target: 'person',
  lifeCycle: ['infant'],
  situations: [],
  provision: 'voucher',
  cycle: 'asNeeded',
  summary: t(
    '가정 양육 시에도 필요한 때에 필요한 만큼 이용할 수 있는 보육 서비스를 제공하여 자녀 양육에 대한 부담을 경감하고 부모의 보육 서비스 선택권을 보장합니다.',
    'Provides childcare that families caring for a child at home can use when and as much as they need, easing the burden of child-rearing and giving parents a choice of childcare services.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('월령 6개월 이상', 'at least 6 months old'),
      v('person.ageMonths'),
      '>=',
      param('hourlyChildcare.minAgeMonths'),
    ),
    cmp(
      t('월령 36개월 미만 (독립반)', 'under 36 months (stand-alone class)'),
      v('person.ageMonths'),
      '<',
      param('hourlyChildcare.maxAgeMonths'),
    ),
    any(
      t(
        '부모급여(현금) 또는 가정양육수당 수급 영아',
        'receives the parental benefit in cash or the home childcare allowance',
      ),
      cmp(
        t('부모급여 수급', 'parental benefit recipient'),
        receives('WLF00004657', t('부모급여 수급', 'parental benefit recipient'), 'person'),
        '==',
        lit(true),
      ),
      cmp(
        t('가정양육수당 수급', 'home childcare allowance recipient'),
        receives('WLF00003253', t('가정양육수당 수급', 'home childcare allowance recipient'), 'person'),
        '==',
        lit(true),
      ),
    ),
    cmp(
      t(
        '종일제 보육(어린이집·유치원·종일제 아이돌봄) 미이용',
        'not using full-day care (daycare, kindergarten or full-day child-minding)',
      ),
      fact('daycareUse'),
      '==',
      lit(false),
    ),
  ),
  benefit: {
    description: t(
      '지정 제공기관(어린이집, 육아종합지원센터 등)에서 시간제 보육 이용: 시간당 보육료 5,000원 중 정부 3,000원 지원(부모 2,000원), 월 60시간까지, 국민행복카드 결제 시에만 지원',
      'Hourly childcare at designated providers (daycare centres, childcare support centres): of the 5,000 hourly fee the government pays 3,000 (parents 2,000), up to 60 hours a month, only when paid with the National Happiness Card',
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
  dependsOn: ['WLF00003253', 'WLF00004657'],
  parameters: parameters,
  cases,
});
