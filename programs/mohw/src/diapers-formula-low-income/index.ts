import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  mul,
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
  title: '복지로 저소득층 기저귀·조제분유 지원 (WLF00000092), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000092&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「저소득층 기저귀·조제분유 지원」',
  status: 'official',
};
const b2026: Source = {
  title: '복지로 저소득층 기저귀·조제분유 지원 (WLF00000092), 2026',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000092&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'diapersFormulaLowIncome.maxAgeMonths',
    label: { ko: '영아 연령 (월령 미만)', en: 'infant age limit (under, months)' },
    unit: 'months',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 24 },
        sources: [book],
        note: '만 2세 미만 (0~24개월)',
      },
      { from: '2026-01-01', value: { type: 'scalar', value: 24 }, sources: [b2026] },
    ],
  },
  {
    id: 'diapersFormulaLowIncome.incomeShare',
    label: {
      ko: '장애인·다자녀 가구 소득기준 (기준 중위소득 대비)',
      en: 'income limit for disabled and multi-child households (share of the median)',
    },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 0.8 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 1.0 }, sources: [b2026] },
    ],
  },
  {
    id: 'diapersFormulaLowIncome.multiChildMin',
    label: { ko: '다자녀 가구 자녀 수 (이상)', en: 'children for a multi-child household (at least)' },
    unit: 'count',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 2 }, sources: [b2026] },
    ],
  },
  {
    id: 'diapersFormulaLowIncome.monthlyVoucher',
    label: { ko: '월 바우처 (기저귀·조제분유)', en: 'monthly voucher (diapers, formula)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { diapers: 90000, formula: 110000 } },
        sources: [book],
      },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { diapers: 90000, formula: 110000 } },
        sources: [b2026],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000092',
  version: '2026.1',
  name: t('저소득층 기저귀·조제분유 지원', 'Diapers and infant formula for low-income families'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('모자보건법', 'Mother and Child Health Act')],
  target: 'person',
  lifeCycle: ['infant', 'pregnancy'],
  situations: ['multiChild', 'disability', 'lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '영아(0~24개월)를 양육하고 있는 저소득층 가정에 기저귀와 조제분유를 지원하여 경제적 부담을 경감합니다.',
    'Gives low-income families raising an infant (0–24 months) diapers and infant formula to ease their financial burden.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 2세 미만 영아 (0~24개월)', 'infant under 2 (0–24 months)'),
      v('person.ageMonths'),
      '<',
      param('diapersFormulaLowIncome.maxAgeMonths'),
    ),
    any(
      t('저소득 가구 요건', 'low-income household requirement'),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing, education benefit)',
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
      someMember(
        t('차상위계층 가구', 'near-poor household'),
        cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
      ),
      someMember(
        t('한부모가족 수급 가구', 'single-parent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
      all(
        t('기준 중위소득 기준 이하 장애인 가구', 'household with a disabled member within the income limit'),
        someMember(
          t('가구원 중 등록장애인', 'a member with a registered disability'),
          cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
        ),
        cmp(
          t(
            '가구 소득이 기준 중위소득 80% 이하 (2026년 100%)',
            'household income at most 80% of the median (100% in 2026)',
          ),
          v('household.monthlyIncome'),
          '<=',
          mul(
            t('기준 중위소득 × 기준 비율', 'median income × share'),
            param('median.income', { by: 'household.size' }),
            param('diapersFormulaLowIncome.incomeShare'),
          ),
        ),
      ),
      all(
        t(
          '기준 중위소득 기준 이하 다자녀 가구 (2인 이상)',
          'household with 2+ children within the income limit',
        ),
        {
          type: 'count',
          label: t('가구 내 자녀 2인 이상', 'two or more children in the household'),
          where: cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child')),
          op: '>=',
          right: param('diapersFormulaLowIncome.multiChildMin'),
        },
        cmp(
          t(
            '가구 소득이 기준 중위소득 80% 이하 (2026년 100%)',
            'household income at most 80% of the median (100% in 2026)',
          ),
          v('household.monthlyIncome'),
          '<=',
          mul(
            t('기준 중위소득 × 기준 비율', 'median income × share'),
            param('median.income', { by: 'household.size' }),
            param('diapersFormulaLowIncome.incomeShare'),
          ),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '기저귀 월 9만 원, 조제분유 월 11만 원 (특정 사유로 모유수유가 불가능한 경우 등) 국민행복카드 바우처. 두 바우처는 합산 금액 내에서 구분 없이 사용. 출생 후 60일 이내 신청 시 24개월분 모두 지원',
      'National Happiness Card voucher: diapers 90,000 a month, and formula 110,000 a month where breastfeeding is not possible. Both vouchers can be used interchangeably within the total. Applying within 60 days of birth gives all 24 months',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('diapersFormulaLowIncome.monthlyVoucher', 'diapers');
      return {
        amountKrw,
        lines: [
          {
            label: t(
              '기저귀 바우처 (월, 조제분유 별도 요건)',
              'diaper voucher (monthly; formula has its own conditions)',
            ),
            value: amountKrw,
          },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      formulaReason: z
        .enum(['none', 'motherDeceased', 'motherIllness', 'singleFather', 'other'])
        .meta({ label: t('조제분유 신청 사유 (해당 시)', 'reason for the formula voucher (if any)') }),
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
      {
        id: 'statusProof',
        label: t(
          '수급자·차상위·한부모가족 증명서 (해당 시)',
          'proof of recipient, near-poor or single-parent status (if any)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, b2026],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
