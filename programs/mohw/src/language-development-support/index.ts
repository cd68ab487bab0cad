import {
  type AmountResult,
  all,
  any,
  type BenefitContext,
  cmp,
  type DetailLine,
  defineProgram,
  fact,
  floorWon,
  lit,
  mul,
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
  title: '복지로 언어발달지원사업 (WLF00003279) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003279&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byKey = (values: Record<string, number>) => ({ type: 'byKey' as const, values });

/** NBLSS benefits (Bokjiro ids): receipt by any member puts the household in the recipient band. */
const NBLSS = ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'];
const PARENT_TYPES = ['시각', '청각', '언어', '지적', '자폐성', '뇌병변'];

const parameters: ParameterDefinition[] = [
  {
    id: 'languageDevelopment.maxAge',
    label: t('자녀 연령 (만 나이 미만)', 'child age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(12), sources: [bokjiro] }],
  },
  {
    id: 'languageDevelopment.incomeShare',
    label: t('소득 기준 (기준 중위소득 대비)', 'income limit (share of the median income)'),
    unit: 'ratio',
    versions: [{ from: '2026-01-01', value: scalar(1.2), sources: [bokjiro] }],
  },
  {
    id: 'languageDevelopment.tierShare',
    label: t(
      '지원액 구간의 소득 기준 (기준 중위소득 대비)',
      'income band of the voucher (share of the median)',
    ),
    unit: 'ratio',
    versions: [{ from: '2026-01-01', value: byKey({ upTo65: 0.65 }), sources: [bokjiro] }],
  },
  {
    id: 'languageDevelopment.voucher',
    label: t('월 바우처 지원액 (소득 구간별)', 'monthly voucher (by income band)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: byKey({ nblss: 220000, nearPoor: 200000, upTo65: 180000, upTo120: 160000 }),
        sources: [bokjiro],
      },
    ],
  },
  {
    id: 'languageDevelopment.copay',
    label: t('월 본인부담금 (소득 구간별)', 'monthly copayment (by income band)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: byKey({ nblss: 0, nearPoor: 20000, upTo65: 40000, upTo120: 60000 }),
        sources: [bokjiro],
      },
    ],
  },
];

function voucher(ctx: BenefitContext): AmountResult {
  const received = new Set(ctx.members().flatMap((m) => m.fact('programRecipient', 'programs') as string[]));
  const lines: DetailLine[] = [];
  let band: string;
  if (NBLSS.some((id) => received.has(id))) band = 'nblss';
  else if (ctx.members().some((m) => m.fact('nearPoor') === true)) band = 'nearPoor';
  else {
    const median = ctx.param('median.income', Number(ctx.get('household.size')));
    const income = Number(ctx.get('household.monthlyIncome'));
    band =
      income <= floorWon(median * ctx.param('languageDevelopment.tierShare', 'upTo65'))
        ? 'upTo65'
        : 'upTo120';
    lines.push(
      { label: t('가구 월 소득', 'household monthly income'), value: income },
      { label: t('기준 중위소득', 'median income'), value: median },
    );
  }
  const amountKrw = ctx.param('languageDevelopment.voucher', band);
  return {
    amountKrw,
    lines: [
      ...lines,
      { label: t('지원 구간', 'band'), value: band },
      {
        label: t('본인부담금 (월)', 'copayment (monthly)'),
        value: ctx.param('languageDevelopment.copay', band),
      },
      { label: t('바우처 지원액 (월)', 'voucher (monthly)'), value: amountKrw },
    ],
  };
}

export default defineProgram({
  id: 'WLF00003279',
  version: '2026.1',
  name: t('언어발달지원사업', 'Language development support for children of disabled parents'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [
    t('장애인복지법', 'Act on Welfare of Persons with Disabilities'),
    t('아동복지법', 'Child Welfare Act'),
  ],
  target: 'person',
  lifeCycle: ['child'],
  situations: ['disability', 'lowIncome'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '한쪽 부모(조손가정은 한쪽 조부모)가 시각·청각·언어·지적·자폐성·뇌병변 등록장애인인 기준 중위소득 120% 이하 가구의 만 12세 미만 비장애아동에게 언어재활·독서지도·수어지도 바우처를 월 16만~22만원(소득별) 지원합니다.',
    'Non-disabled children under 12 with a parent (or, living with grandparents, a grandparent) registered with a visual, hearing, speech, intellectual, autism or brain-lesion disability, in households at or below 120% of the median income, get a monthly voucher of 160,000–220,000 won by income for speech therapy, reading and sign-language guidance.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 12세 미만', 'under 12'), v('person.age'), '<', param('languageDevelopment.maxAge')),
    not(
      t('비장애아동', 'the child is not disabled'),
      cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    ),
    cmp(
      t('가구주·배우자의 자녀 또는 손자녀', 'a child or grandchild of the head or spouse'),
      v('person.relation'),
      'in',
      lit(['child', 'grandchild'], t('자녀·손자녀', 'child or grandchild')),
    ),
    someMember(
      t(
        '한쪽 부모(조손가정은 한쪽 조부모)가 시각·청각·언어·지적·자폐성·뇌병변 등록장애인',
        'a parent (or grandparent) registered with a visual, hearing, speech, intellectual, autism or brain-lesion disability',
      ),
      all(
        t('가구주·배우자인 해당 유형 등록장애인', 'head or spouse registered with one of these disabilities'),
        cmp(
          t('가구주 또는 배우자', 'head or spouse'),
          v('person.relation'),
          'in',
          lit(['head', 'spouse'], t('가구주·배우자', 'head or spouse')),
        ),
        cmp(
          t(
            '시각·청각·언어·지적·자폐성·뇌병변 장애 등록',
            'registered visual, hearing, speech, intellectual, autism or brain-lesion disability',
          ),
          fact('disability', 'type'),
          'in',
          lit(
            PARENT_TYPES,
            t(
              '시각·청각·언어·지적·자폐성·뇌병변',
              'visual, hearing, speech, intellectual, autism, brain lesion',
            ),
          ),
        ),
      ),
      { excludeSubject: true },
    ),
    any(
      t('가구 소득이 기준 중위소득 120% 이하', 'household income at most 120% of the median'),
      ...NBLSS.map((id, i) =>
        cmp(
          t(
            `${['생계', '의료', '주거', '교육'][i]}급여 수급 가구`,
            `household receives the ${['livelihood', 'medical', 'housing', 'education'][i]} benefit`,
          ),
          receives(id, t('기초생활보장 급여 수급', 'NBLSS benefit recipient')),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('차상위계층 확인 가구원', 'a certified near-poor member'),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      cmp(
        t('가구 월 소득이 기준 중위소득 120% 이하', 'household monthly income at most 120% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 120%', 'median income × 120%'),
          param('median.income', { by: 'household.size' }),
          param('languageDevelopment.incomeShare'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '월 바우처: 기초생활수급자 220,000원 (본인부담 면제), 차상위계층 200,000원 (본인부담 20,000원), 차상위 초과 기준 중위소득 65% 이하 180,000원 (40,000원), 65% 초과 120% 이하 160,000원 (60,000원). 언어·듣기능력 재활 등 언어재활, 독서지도, 수어지도 (논술·학습지도 등 교과 수업 불가). 구간의 소득은 가구 월 소득으로 셈',
      'Monthly voucher: NBLSS recipients 220,000 (no copayment), near-poor 200,000 (copayment 20,000), above near-poor up to 65% of the median 180,000 (40,000), over 65% up to 120% 160,000 (60,000). Speech and hearing rehabilitation, reading and sign-language guidance (no school tutoring). Bands use the household’s monthly income',
    ),
    amount: voucher,
  },
  form: {
    schema: z.object({
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인정보 수집·이용 및 제공 동의',
          'consent to the collection, use and sharing of personal data',
        ),
      }),
      guardianConsentForCard: z.literal(true).meta({
        label: t(
          '사회서비스 전용 국민행복카드 발급 법정대리인 동의',
          'legal guardian’s consent to issue the social-service card',
        ),
      }),
    }),
    evidence: [
      {
        id: 'application',
        label: t(
          '사회보장급여(사회서비스이용권) 신청서',
          'social security benefit (social service voucher) application',
        ),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: NBLSS,
  parameters,
  cases,
});
