import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
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
  title: '복지로 여성청소년 생리용품 지원 (WLF00000781), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000781&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「여성청소년 생리용품 바우처 지원」',
  status: 'official',
};
const refNearPoor: Source = {
  title:
    '차상위계층 소득기준: 소득인정액 기준 중위소득 50% 이하 (korea-welfare-rules.md §2.12, 국민기초생활 보장법 시행령)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'menstrualVoucher.minAge',
    label: t('최저 연령 (만 나이)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9 }, sources: [booklet] }],
  },
  {
    id: 'menstrualVoucher.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [booklet] }],
  },
  {
    id: 'menstrualVoucher.monthlyAmount',
    label: t('생리용품 바우처 (월)', 'menstrual products voucher (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 13000 }, sources: [booklet] }],
  },
  {
    id: 'menstrualVoucher.nearPoorShare',
    label: t('차상위계층 소득기준 (기준 중위소득 대비)', 'near-poor income limit (share of the median)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.5 },
        sources: [refNearPoor],
        note: '차상위계층: 소득인정액 기준 중위소득 50% 이하',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000781',
  version: '2026.1',
  name: t('여성청소년 생리용품 지원', 'Menstrual products voucher for girls and young women'),
  ministry: '성평등가족부',
  bureau: '청소년정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'annual',
  summary: t(
    '기초생활보장급여(생계·의료·주거·교육) 수급자, 차상위계층, 한부모가족 지원 대상 가구의 만 9~24세 여성청소년에게 생리용품 구입용 국민행복카드 바우처(월 1만 3천원)를 지원합니다.',
    'Girls and young women aged 9 to 24 in households receiving NBLSS benefits (livelihood, medical, housing or education), near-poor households or single-parent families get a National Happiness Card voucher for menstrual products (13,000 a month).',
  ),
  criteria: all(
    undefined,
    cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
    cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('menstrualVoucher.minAge')),
    cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('menstrualVoucher.maxAge')),
    any(
      t('기초생활수급·차상위·한부모가족 가구', 'NBLSS, near-poor or single-parent household'),
      any(
        t(
          '기초생활보장 수급 (생계·의료·주거·교육급여)',
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
      any(
        t('차상위계층', 'near-poor (차상위계층)'),
        someMember(
          t('차상위계층 확인을 받은 가구원', 'a household member certified near-poor'),
          cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
        ),
        all(
          t(
            '확인 전: 소득인정액이 기준 중위소득 50% 이하이고 차상위계층 확인 필요',
            'not yet certified: income-recognized amount at most 50% of the median, certification needed',
          ),
          cmp(
            t(
              '가구 소득인정액이 기준 중위소득 50% 이하',
              'household income-recognized amount at most 50% of the median',
            ),
            v('household.incomeRecognized.nblss'),
            '<=',
            mul(
              t('기준 중위소득 × 50%', 'median income × 50%'),
              param('median.income', { by: 'household.size' }),
              param('menstrualVoucher.nearPoorShare'),
            ),
          ),
          judgement(
            t('차상위계층 확인', 'near-poor certification'),
            t(
              '차상위계층 확인 신청과 결정 (읍면동 조사)',
              'near-poor certification (application and local-government investigation)',
            ),
          ),
        ),
      ),
      someMember(
        t('한부모가족 지원 대상 가구원', 'a household member certified as a single-parent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '생리용품 구입 바우처 포인트 월 1만 3천원 (국민행복카드; 12월 31일까지 사용, 다음 해 소멸)',
      'voucher points for menstrual products, 13,000 a month (National Happiness Card; usable until 31 December)',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('menstrualVoucher.monthlyAmount');
      return {
        amountKrw,
        lines: [
          { label: t('생리용품 바우처 (월)', 'menstrual products voucher (monthly)'), value: amountKrw },
        ],
      };
    },
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
  sources: [catalogue, booklet, refNearPoor],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
