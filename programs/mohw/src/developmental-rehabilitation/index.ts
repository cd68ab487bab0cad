import {
  type AmountResult,
  all,
  any,
  type BenefitContext,
  cmp,
  defineProgram,
  fact,
  floorWon,
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

const bokjiro: Source = {
  title: '복지로 발달재활서비스 (WLF00003195) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003195&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byKey = (values: Record<string, number>) => ({ type: 'byKey' as const, values });

/** NBLSS benefits (Bokjiro ids): receipt by any member puts the household in the recipient tier. */
const NBLSS = ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'];
const TYPES = ['뇌병변', '지적', '자폐성', '청각', '언어'];

const parameters: ParameterDefinition[] = [
  {
    id: 'developmentalRehab.maxAge',
    label: t('대상 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(18), sources: [bokjiro] }],
  },
  {
    id: 'developmentalRehab.referralMaxAge',
    label: t(
      '장애등록 대신 의뢰서·검사자료로 대체 가능한 연령 (만 나이 미만)',
      'age under which a referral and test results can replace registration',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(9), sources: [bokjiro] }],
  },
  {
    id: 'developmentalRehab.incomeShare',
    label: t('소득 기준 (기준 중위소득 대비)', 'income limit (share of the median income)'),
    unit: 'ratio',
    versions: [{ from: '2026-01-01', value: scalar(1.8), sources: [bokjiro] }],
  },
  {
    id: 'developmentalRehab.tierShare',
    label: t(
      '지원액 구간의 소득 기준 (기준 중위소득 대비)',
      'income bands of the voucher (share of the median)',
    ),
    unit: 'ratio',
    versions: [{ from: '2026-01-01', value: byKey({ upTo65: 0.65, upTo120: 1.2 }), sources: [bokjiro] }],
  },
  {
    id: 'developmentalRehab.voucher',
    label: t('월 바우처 지원액 (소득 구간별)', 'monthly voucher (by income band)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: byKey({ nblss: 260000, nearPoor: 240000, upTo65: 220000, upTo120: 200000, upTo180: 180000 }),
        sources: [bokjiro],
      },
    ],
  },
  {
    id: 'developmentalRehab.copay',
    label: t('월 본인부담금 (소득 구간별)', 'monthly copayment (by income band)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: byKey({ nblss: 0, nearPoor: 20000, upTo65: 40000, upTo120: 60000, upTo180: 80000 }),
        sources: [bokjiro],
      },
    ],
  },
];

function voucher(ctx: BenefitContext): AmountResult {
  const received = new Set(ctx.members().flatMap((m) => m.fact('programRecipient', 'programs') as string[]));
  let band: string;
  const lines = [];
  if (NBLSS.some((id) => received.has(id))) band = 'nblss';
  else if (ctx.members().some((m) => m.fact('nearPoor') === true)) band = 'nearPoor';
  else {
    const median = ctx.param('median.income', Number(ctx.get('household.size')));
    const income = Number(ctx.get('household.monthlyIncome'));
    band =
      income <= floorWon(median * ctx.param('developmentalRehab.tierShare', 'upTo65'))
        ? 'upTo65'
        : income <= floorWon(median * ctx.param('developmentalRehab.tierShare', 'upTo120'))
          ? 'upTo120'
          : 'upTo180';
    lines.push(
      { label: t('가구 월 소득', 'household monthly income'), value: income },
      { label: t('기준 중위소득', 'median income'), value: median },
    );
  }
  const amountKrw = ctx.param('developmentalRehab.voucher', band);
  return {
    amountKrw,
    lines: [
      ...lines,
      { label: t('지원 구간', 'band'), value: band },
      {
        label: t('본인부담금 (월)', 'copayment (monthly)'),
        value: ctx.param('developmentalRehab.copay', band),
      },
      { label: t('바우처 지원액 (월)', 'voucher (monthly)'), value: amountKrw },
    ],
  };
}

export default defineProgram({
  id: 'WLF00003195',
  version: '2026.1',
  name: t('발달재활서비스', 'Developmental rehabilitation service for disabled children'),
  ministry: '보건복지부',
  bureau: '장애인건강과',
  legalBasis: [t('장애아동복지지원법', 'Welfare of Disabled Children Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['disability'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '기준 중위소득 180% 이하 가구의 만 18세 미만 등록 장애아동(뇌병변·지적·자폐성·청각·언어·시각; 9세 미만은 의뢰서·검사자료로 대체)에게 언어·청능·미술·음악·행동·놀이·감각·운동발달 재활 등 발달재활서비스 바우처를 월 18만~26만원(소득 구간별) 지원합니다.',
    'Registered disabled children under 18 (brain lesion, intellectual, autism, hearing, speech or visual; under 9 a referral and test results may replace registration) in households at or below 180% of the median income get a monthly developmental rehabilitation voucher of 180,000–260,000 won by income band.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('developmentalRehab.maxAge')),
    any(
      t(
        '뇌병변·지적·자폐성·청각·언어·시각장애 등록 (9세 미만은 의뢰서·검사자료로 대체)',
        'registered brain-lesion, intellectual, autism, hearing, speech or visual disability (under 9: referral and tests)',
      ),
      cmp(
        t(
          '뇌병변·지적·자폐성·청각·언어장애 등록',
          'registered brain-lesion, intellectual, autism, hearing or speech disability',
        ),
        fact('disability', 'type'),
        'in',
        lit(TYPES, t('뇌병변·지적·자폐성·청각·언어', 'brain lesion, intellectual, autism, hearing, speech')),
      ),
      all(
        t('시각장애 등록 아동으로 서비스 필요 인정', 'registered visual disability, with the need confirmed'),
        cmp(
          t('시각장애 등록', 'registered visual disability'),
          fact('disability', 'type'),
          '==',
          lit('시각'),
        ),
        judgement(
          t(
            '시각 장애아동(중복 장애 제외)의 발달재활서비스 필요 여부',
            'whether a visually disabled child (no other disability) needs the service',
          ),
          t(
            '발달재활서비스 필요 여부 별도 판단 (시군구)',
            'separate assessment of the need (local government)',
          ),
        ),
      ),
      all(
        t('9세 미만 의뢰서·검사자료 제출', 'under 9 with a referral and test results'),
        cmp(t('만 9세 미만', 'under 9'), v('person.age'), '<', param('developmentalRehab.referralMaxAge')),
        judgement(
          t('발달재활서비스 의뢰서와 검사자료', 'a developmental rehabilitation referral and test results'),
          t('의사 발급 발달재활서비스 의뢰서와 검사자료', 'the referral and test results'),
        ),
      ),
    ),
    any(
      t('가구 소득이 기준 중위소득 180% 이하', 'household income at most 180% of the median'),
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
        t('가구 월 소득이 기준 중위소득 180% 이하', 'household monthly income at most 180% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 180%', 'median income × 180%'),
          param('median.income', { by: 'household.size' }),
          param('developmentalRehab.incomeShare'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '월 바우처: 기초생활수급자 260,000원 (본인부담 면제), 차상위계층 240,000원 (본인부담 20,000원), 기준 중위소득 65% 이하 220,000원 (40,000원), 120% 이하 200,000원 (60,000원), 180% 이하 180,000원 (80,000원). 언어·청능·미술심리·음악·행동·놀이심리·재활심리·감각발달·운동발달·심리운동 재활 (의료기관의 물리·작업치료 등 의료행위 제외). 구간의 소득은 가구 월 소득으로 셈',
      'Monthly voucher: NBLSS recipients 260,000 (no copayment), near-poor 240,000 (copayment 20,000), up to 65% of the median 220,000 (40,000), up to 120% 200,000 (60,000), up to 180% 180,000 (80,000). Language, hearing, art, music, behavioural, play, psychological, sensory, motor and psychomotor rehabilitation (no medical treatment such as physio- or occupational therapy). Bands use the household’s monthly income',
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
      {
        id: 'referral',
        label: t(
          '발달재활서비스 의뢰서·검사자료 (9세 미만 미등록 아동)',
          'referral and test results (unregistered children under 9)',
        ),
        required: false,
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
