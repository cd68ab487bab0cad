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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 여성청소년 생리용품 지원 (WLF00000781) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000781&wlfareInfoReldBztpCd=01',
  status: 'official',
};

/** The record pays the year's whole voucher at once ("연간 지원금 전액 연 1회 일괄 지급"). */
const MONTHS_PER_YEAR = 12;

const parameters: ParameterDefinition[] = [
  {
    id: 'menstrualVoucher.minAge',
    label: t('최저 연령 (만 나이, 이상)', 'minimum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 9 }, sources: [bokjiro] }],
  },
  {
    id: 'menstrualVoucher.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 24 }, sources: [bokjiro] }],
  },
  {
    id: 'menstrualVoucher.monthlyAmount',
    label: t('생리용품 바우처 (월)', 'menstrual products voucher (monthly)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 14000 },
        sources: [bokjiro],
        note: '연간 지원금 전액을 신청시기와 관계없이 연 1회 일괄 지급',
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
  legalBasis: [t('청소년복지 지원법', 'Juvenile Welfare Support Act')],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'annual',
  summary: t(
    '기초생활보장급여(생계·의료·주거·교육) 수급자, 법정 차상위계층, 한부모가족 지원대상자 가구의 만 9~24세 여성청소년에게 생리용품 구입용 국민행복카드 바우처 월 14,000원을 연 1회 일괄 지급합니다 (2026).',
    'Girls and young women aged 9 to 24 in households receiving an NBLSS benefit (livelihood, medical, housing or education), statutory near-poor households or single-parent families get a National Happiness Card voucher for menstrual products of 14,000 a month, paid for the whole year at once (2026).',
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
      someMember(
        t('법정 차상위계층 가구', 'statutory near-poor household'),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      someMember(
        t(
          '한부모가족 지원대상자 가구 (한부모가족지원법 제5조·제5조의2)',
          'single-parent family support recipient (Single-Parent Family Support Act art. 5, 5-2)',
        ),
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
      '생리용품 구입 바우처 포인트 월 14,000원을 신청시기와 관계없이 연간 전액 연 1회 일괄 지급 (국민행복카드: BC·삼성·롯데·신한·KB국민, 카드사별 가맹점). 해당연도 12월 31일까지 사용하고 잔여분은 다음 해 1월 1일 소멸; 자격 변동으로 제외되면 잔여 바우처 소멸',
      'Voucher points for menstrual products of 14,000 a month, the whole year paid at once whenever one applies (National Happiness Card: BC, Samsung, Lotte, Shinhan, KB; at each issuer’s shops). Usable until 31 December; the rest lapses on 1 January, or when eligibility ends',
    ),
    amount: (ctx) => {
      const monthly = ctx.param('menstrualVoucher.monthlyAmount');
      const amountKrw = monthly * MONTHS_PER_YEAR;
      return {
        amountKrw,
        lines: [
          { label: t('바우처 (월)', 'voucher (monthly)'), value: monthly },
          {
            label: t('연간 일괄 지급액 (12개월)', 'paid at once for the year (12 months)'),
            value: amountKrw,
          },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      cardHolder: z.enum(['youth', 'legalRepresentative']).meta({
        label: t(
          '국민행복카드 명의 (본인·법정대리인)',
          'National Happiness Card holder (the youth or a legal representative)',
        ),
      }),
      cardCompany: z
        .enum(['BC', 'samsung', 'lotte', 'shinhan', 'kb'])
        .meta({ label: t('국민행복카드 카드사', 'National Happiness Card issuer') }),
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
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
