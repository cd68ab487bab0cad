import {
  all,
  annualOf,
  any,
  type Criterion,
  cmp,
  type DetailLine,
  defineProgram,
  fact,
  floorWon,
  judgement,
  lit,
  type MemberBenefitView,
  noMember,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 근로·자녀장려금 (WLF00001148) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001148&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byType = (single: number | undefined, oneEarner: number, dualEarner: number) => {
  const values: Record<string, number> = { oneEarner, dualEarner };
  if (single !== undefined) values.single = single;
  return { type: 'byKey' as const, values };
};
const p2026 = (
  id: string,
  ko: string,
  en: string,
  unit: ParameterDefinition['unit'],
  value: ParameterDefinition['versions'][number]['value'],
  note?: string,
): ParameterDefinition => ({
  id,
  label: { ko, en },
  unit,
  versions: [{ from: '2026-01-01', value, sources: [bokjiro], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  p2026(
    'eitc.assetLimit',
    '재산합계액 기준 (미만)',
    'total assets (under)',
    'krw',
    scalar(240_000_000),
    '전년도 6월 1일 현재 가구원 소유 주택·토지·건물·전세보증금·예금 등',
  ),
  p2026(
    'eitc.assetHalfFrom',
    '장려금 50% 지급 재산합계액 (이상)',
    'total assets from which half the credit is paid',
    'krw',
    scalar(170_000_000),
  ),
  p2026(
    'eitc.assetHalfRate',
    '재산 1.7억원 이상 지급 비율',
    'share paid at assets of 170M or more',
    'ratio',
    scalar(0.5),
  ),
  p2026(
    'eitc.spouseEarningsThreshold',
    '맞벌이 가구 판단 배우자 총급여액 등 (연, 이상)',
    'spouse’s annual earnings for a dual-earner household (at least)',
    'krw/year',
    scalar(3_000_000),
  ),
  p2026(
    'eitc.dependentChildAge',
    '부양자녀 연령 기준 (이 나이 미만)',
    'dependent child age limit (under this age)',
    'years',
    scalar(18),
    '중증장애인은 연령제한 없음',
  ),
  p2026(
    'eitc.dependentParentAge',
    '부양부모 연령 기준 (이 나이 이상)',
    'dependent parent age (this age or over)',
    'years',
    scalar(70),
    '중증장애인은 연령제한 없음',
  ),
  p2026(
    'eitc.dependentIncomeLimit',
    '부양자녀·부양부모 연 소득금액 (이하)',
    'annual income of a dependent child or parent (at most)',
    'krw/year',
    scalar(1_000_000),
  ),
  p2026(
    'eitc.incomeLimit',
    '근로장려금 부부합산 총소득 기준금액 (가구 유형별, 미만)',
    'EITC total income limit of the couple (by household type, under)',
    'krw/year',
    byType(22_000_000, 32_000_000, 44_000_000),
  ),
  p2026(
    'eitc.phaseInEnd',
    '근로장려금 점증구간 끝 (총급여액 등, 미만)',
    'EITC phase-in range ends at (earnings, under)',
    'krw/year',
    byType(4_000_000, 7_000_000, 8_000_000),
  ),
  p2026(
    'eitc.plateauEnd',
    '근로장려금 평탄구간 끝 (총급여액 등, 미만)',
    'EITC plateau ends at (earnings, under)',
    'krw/year',
    byType(9_000_000, 14_000_000, 17_000_000),
  ),
  p2026(
    'eitc.maxCredit',
    '근로장려금 최대지급액 (가구 유형별)',
    'maximum EITC (by household type)',
    'krw/year',
    byType(1_650_000, 2_850_000, 3_300_000),
  ),
  p2026(
    'eitc.phaseOutRange',
    '근로장려금 점감구간 폭 (최대지급액 × (총급여액 등 − 평탄구간 끝) ÷ 폭만큼 감액)',
    'EITC phase-out width (the maximum falls by max × (earnings − plateau end) ÷ width)',
    'krw/year',
    byType(13_000_000, 18_000_000, 27_000_000),
  ),
  p2026(
    'ctc.incomeLimit',
    '자녀장려금 부부합산 총소득 기준금액 (미만)',
    'child tax credit total income limit of the couple (under)',
    'krw/year',
    scalar(70_000_000),
  ),
  p2026(
    'ctc.maxPerChild',
    '자녀장려금 자녀 1인당 최대 (연)',
    'child tax credit per child, maximum (per year)',
    'krw/year',
    scalar(1_000_000),
  ),
  p2026(
    'ctc.plateauEnd',
    '자녀장려금 정액구간 끝 (총급여액 등, 미만)',
    'child tax credit flat range ends at (earnings, under)',
    'krw/year',
    byType(undefined, 21_000_000, 25_000_000),
  ),
  p2026(
    'ctc.phaseOutPerChild',
    '자녀장려금 점감구간 1인당 최대 감액 (연)',
    'child tax credit phase-out per child over the whole range (per year)',
    'krw/year',
    scalar(500_000),
  ),
  p2026(
    'ctc.phaseOutRange',
    '자녀장려금 점감구간 폭',
    'child tax credit phase-out width',
    'krw/year',
    byType(undefined, 49_000_000, 45_000_000),
  ),
];

const annual = (ko: string, en: string, monthly: ReturnType<typeof v>) =>
  annualOf(t(`${ko} (월 × 12)`, `${en} (monthly × 12)`), monthly);

const relationIs = (codes: string[], ko: string, en: string): Criterion =>
  cmp(t(ko, en), v('person.relation'), 'in', lit(codes, t(ko, en)));

const severelyDisabled = cmp(
  t('중증장애인 (연령제한 없음)', 'severely disabled (no age limit)'),
  fact('disability', 'severity'),
  '==',
  lit('severe', t('중증', 'severe')),
);

const dependentIncome = cmp(
  t('연 소득금액 100만원 이하', 'annual income at most 1,000,000'),
  annual('연 소득', 'annual income', v('person.monthlyIncome')),
  '<=',
  param('eitc.dependentIncomeLimit'),
);

/** 부양자녀: 18세 미만 (중증장애인은 연령제한 없음), 연 소득금액 100만원 이하. */
const dependentChild = all(
  t('부양자녀', 'dependent child'),
  relationIs(['child'], '자녀', 'child'),
  any(
    t('18세 미만 또는 중증장애인', 'under 18 or severely disabled'),
    cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('eitc.dependentChildAge')),
    severelyDisabled,
  ),
  dependentIncome,
);

/** 부양부모: 70세 이상 부 또는 모 (중증장애인은 연령제한 없음), 연 소득금액 100만원 이하. */
const dependentParent = all(
  t('부양부모', 'dependent parent'),
  relationIs(['parent', 'parentInLaw'], '부 또는 모', 'father or mother'),
  any(
    t('70세 이상 또는 중증장애인', 'aged 70+ or severely disabled'),
    cmp(t('만 70세 이상', 'aged 70 or over'), v('person.age'), '>=', param('eitc.dependentParentAge')),
    severelyDisabled,
  ),
  dependentIncome,
);

const spouse = relationIs(['spouse'], '배우자', 'spouse');
const applicantOrSpouse = (ko: string, en: string) => relationIs(['head', 'spouse'], ko, en);

const spouseEarns = (op: '>=' | '<', ko: string, en: string) =>
  cmp(
    t(ko, en),
    annual(
      '배우자 총급여액 등 (근로·사업소득)',
      'spouse’s earnings (earned and business income)',
      v('person.earnedAndBusinessIncome'),
    ),
    op,
    param('eitc.spouseEarningsThreshold'),
  );

const dualEarnerSpouse = all(
  t('배우자 총급여액 등 연 300만원 이상', 'spouse earns 3,000,000 or more a year'),
  spouse,
  spouseEarns('>=', '연 300만원 이상', '3,000,000 or more'),
);

const coupleTotalIncome = annual(
  '부부합산 연간 총소득',
  'couple’s annual total income',
  v('household.coupleIncome'),
);
const incomeUnder = (key: string, ko: string, en: string) =>
  cmp(t(ko, en), coupleTotalIncome, '<', param('eitc.incomeLimit', { key }));

export default defineProgram({
  id: 'WLF00001148',
  version: '2026.1',
  name: t('근로·자녀장려금', 'Earned Income Tax Credit and Child Tax Credit'),
  ministry: '재정경제부',
  bureau: '소득세제과',
  legalBasis: [
    t('조세특례제한법', 'Restriction of Special Taxation Act'),
    t('조세특례제한법 시행령', 'Enforcement Decree of the Restriction of Special Taxation Act'),
    t('조세특례제한법 시행규칙', 'Enforcement Rules of the Restriction of Special Taxation Act'),
  ],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '근로·사업소득이 있고 재산합계액이 2.4억원 미만인 가구에 부부합산 총소득이 가구 유형별 기준(단독 2,200만원, 홑벌이 3,200만원, 맞벌이 4,400만원) 미만이면 근로장려금을, 18세 미만 부양자녀가 있고 7,000만원 미만이면 자녀장려금을 지급합니다.',
    'Households with earned or business income and total assets under 240M get the earned income tax credit when the couple’s total income is under the limit for their type (single 22M, one earner 32M, dual earner 44M), and the child tax credit for dependent children under 18 when it is under 70M.',
  ),
  criteria: all(
    undefined,
    someMember(
      t(
        '신청자 또는 배우자에게 근로·사업소득이 있음',
        'the applicant or spouse has earned or business income',
      ),
      all(
        t('근로·사업소득이 있는 신청자·배우자', 'applicant or spouse with earned or business income'),
        applicantOrSpouse('신청자(가구주) 또는 배우자', 'applicant (head) or spouse'),
        cmp(
          t('월 근로·사업소득 0원 초과', 'monthly earned and business income above zero'),
          v('person.earnedAndBusinessIncome'),
          '>',
          lit(0),
        ),
      ),
    ),
    any(
      t(
        '대한민국 국적 (한국 국적자와 혼인한 외국인, 한국 국적 부양자녀가 있는 외국인 포함)',
        'Korean nationality (or a foreigner married to a Korean or with a Korean dependent child)',
      ),
      someMember(
        t('신청자 또는 배우자가 대한민국 국적', 'the applicant or spouse is Korean'),
        all(
          t('대한민국 국적의 신청자·배우자', 'Korean applicant or spouse'),
          applicantOrSpouse('신청자(가구주) 또는 배우자', 'applicant (head) or spouse'),
          cmp(
            t('대한민국 국적', 'Korean nationality'),
            v('person.nationality'),
            '==',
            lit('KR', t('대한민국', 'Korea')),
          ),
        ),
      ),
      someMember(
        t('대한민국 국적의 부양자녀가 있음', 'has a Korean dependent child'),
        all(
          t('대한민국 국적의 부양자녀', 'Korean dependent child'),
          dependentChild,
          cmp(
            t('대한민국 국적', 'Korean nationality'),
            v('person.nationality'),
            '==',
            lit('KR', t('대한민국', 'Korea')),
          ),
        ),
      ),
    ),
    someMember(
      t('신청자가 다른 거주자의 부양자녀가 아님', 'the applicant is not another resident’s dependent child'),
      all(
        t('신청자(가구주)', 'applicant (head)'),
        relationIs(['head'], '가구주', 'head of household'),
        any(
          t('부양자녀가 될 수 없음 또는 확인', 'cannot be a dependent child, or confirmed'),
          all(
            t('만 18세 이상이고 중증장애인이 아님', 'aged 18 or over and not severely disabled'),
            cmp(t('만 18세 이상', 'aged 18 or over'), v('person.age'), '>=', param('eitc.dependentChildAge')),
            cmp(
              t('중증장애인 아님', 'not severely disabled'),
              fact('disability', 'severity'),
              '!=',
              lit('severe', t('중증', 'severe')),
            ),
          ),
          judgement(
            t(
              '전년도 중 다른 거주자의 부양자녀가 아님',
              'not a dependent child of another resident last year',
            ),
            t(
              '18세 미만·중증장애인 신청자가 다른 거주자의 부양자녀였는지 (국세청 확인)',
              'whether an applicant under 18 or severely disabled was another resident’s dependent child (NTS)',
            ),
          ),
        ),
      ),
    ),
    noMember(
      t(
        '신청자·배우자가 전문직 사업을 영위하지 않음',
        'neither the applicant nor the spouse runs a professional business',
      ),
      all(
        t('전문직 사업을 영위하는 신청자·배우자', 'applicant or spouse running a professional business'),
        applicantOrSpouse('신청자(가구주) 또는 배우자', 'applicant (head) or spouse'),
        cmp(
          t('전문직 사업 영위', 'runs a professional business'),
          fact('professionalBusiness'),
          '==',
          lit(true),
        ),
      ),
    ),
    cmp(
      t(
        '재산합계액 2.4억원 미만 (주택·토지·건물·전세보증금·예금 등, 부채 미차감)',
        'total assets under 240,000,000 (homes, land, buildings, deposits, savings; debt not deducted)',
      ),
      v('household.totalAssets'),
      '<',
      param('eitc.assetLimit'),
    ),
    any(
      t('근로장려금 또는 자녀장려금 소득요건', 'income test of the EITC or the child tax credit'),
      all(
        t('단독가구: 부부합산 총소득 2,200만원 미만', 'single household: total income under 22,000,000'),
        noMember(t('배우자 없음', 'no spouse'), spouse),
        noMember(t('부양자녀 없음', 'no dependent child'), dependentChild),
        noMember(t('부양부모 없음', 'no dependent parent'), dependentParent),
        incomeUnder('single', '총소득 2,200만원 미만', 'total income under 22,000,000'),
      ),
      all(
        t(
          '홑벌이 가구: 부부합산 총소득 3,200만원 미만',
          'one-earner household: total income under 32,000,000',
        ),
        any(
          t(
            '배우자(총급여액 등 300만원 미만), 부양자녀 또는 부양부모가 있음',
            'a spouse earning under 3M, a dependent child or a dependent parent',
          ),
          someMember(t('배우자 있음', 'has a spouse'), spouse),
          someMember(t('부양자녀 있음', 'has a dependent child'), dependentChild),
          someMember(t('부양부모 있음', 'has a dependent parent'), dependentParent),
        ),
        noMember(
          t('맞벌이 아님 (배우자 총급여액 등 300만원 미만)', 'not dual-earner (spouse earns under 3M)'),
          dualEarnerSpouse,
        ),
        incomeUnder('oneEarner', '총소득 3,200만원 미만', 'total income under 32,000,000'),
      ),
      all(
        t(
          '맞벌이 가구: 부부합산 총소득 4,400만원 미만',
          'dual-earner household: total income under 44,000,000',
        ),
        someMember(t('배우자 총급여액 등 300만원 이상', 'spouse earns 3M or more'), dualEarnerSpouse),
        incomeUnder('dualEarner', '총소득 4,400만원 미만', 'total income under 44,000,000'),
      ),
      all(
        t(
          '자녀장려금: 부양자녀가 있고 부부합산 총소득 7,000만원 미만',
          'child tax credit: a dependent child and total income under 70,000,000',
        ),
        someMember(
          t(
            '18세 미만(중증장애인은 연령제한 없음) 부양자녀',
            'dependent child under 18 (no limit if severely disabled)',
          ),
          dependentChild,
        ),
        cmp(
          t('총소득 7,000만원 미만', 'total income under 70,000,000'),
          coupleTotalIncome,
          '<',
          param('ctc.incomeLimit'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '부부 총급여액 등(근로·사업소득, 월 × 12)에 따라: 근로장려금 단독 최대 165만원·홑벌이 285만원·맞벌이 330만원 (점증·정액·점감 산식), 자녀장려금 부양자녀 1인당 50만~100만원 (홑벌이 2,100만원·맞벌이 2,500만원부터 점감). 재산합계액 1.7억원 이상이면 50% 지급. 국세체납액이 있으면 장려금의 30% 한도에서 충당 후 지급 (체납 자료 없어 반영하지 않음). 원 미만 절사',
      'By the couple’s earnings (earned and business income, monthly × 12): EITC up to 1.65M (single), 2.85M (one earner) or 3.3M (dual earner) on phase-in, flat and phase-out schedules; child credit 0.5M–1M per dependent child (phasing out from 21M one earner / 25M dual earner). Half is paid at assets of 170M or more. Tax arrears are offset up to 30% of the credit (no arrears data, not applied). Floored to the won',
    ),
    amount: (ctx) => {
      const members = ctx.members();
      const rel = (m: MemberBenefitView) => String(m.get('person.relation'));
      const severe = (m: MemberBenefitView) => m.fact('disability', 'severity') === 'severe';
      const dependentOk = (m: MemberBenefitView) =>
        Number(m.get('person.monthlyIncome')) * 12 <= ctx.param('eitc.dependentIncomeLimit');
      const children = members.filter(
        (m) =>
          rel(m) === 'child' &&
          (Number(m.get('person.age')) < ctx.param('eitc.dependentChildAge') || severe(m)) &&
          dependentOk(m),
      ).length;
      const parents = members.filter(
        (m) =>
          (rel(m) === 'parent' || rel(m) === 'parentInLaw') &&
          (Number(m.get('person.age')) >= ctx.param('eitc.dependentParentAge') || severe(m)) &&
          dependentOk(m),
      ).length;
      const couple = members.filter((m) => rel(m) === 'head' || rel(m) === 'spouse');
      const spouseMember = members.find((m) => rel(m) === 'spouse');
      const spouseEarnings = spouseMember
        ? Number(spouseMember.get('person.earnedAndBusinessIncome')) * 12
        : 0;
      const earnings = couple.reduce((s, m) => s + Number(m.get('person.earnedAndBusinessIncome')) * 12, 0);
      const totalIncome = Number(ctx.get('household.coupleIncome')) * 12;
      const type =
        spouseMember && spouseEarnings >= ctx.param('eitc.spouseEarningsThreshold')
          ? 'dualEarner'
          : spouseMember || children > 0 || parents > 0
            ? 'oneEarner'
            : 'single';

      let eitc = 0;
      if (totalIncome < ctx.param('eitc.incomeLimit', type)) {
        const max = ctx.param('eitc.maxCredit', type);
        const phaseInEnd = ctx.param('eitc.phaseInEnd', type);
        const plateauEnd = ctx.param('eitc.plateauEnd', type);
        if (earnings < phaseInEnd) eitc = floorWon((earnings * max) / phaseInEnd);
        else if (earnings < plateauEnd) eitc = max;
        else
          eitc = Math.max(
            0,
            floorWon(max - ((earnings - plateauEnd) * max) / ctx.param('eitc.phaseOutRange', type)),
          );
      }
      let ctcPerChild = 0;
      if (children > 0 && type !== 'single' && totalIncome < ctx.param('ctc.incomeLimit')) {
        const plateauEnd = ctx.param('ctc.plateauEnd', type);
        const over = Math.max(0, earnings - plateauEnd);
        ctcPerChild = Math.max(
          0,
          floorWon(
            ctx.param('ctc.maxPerChild') -
              (over * ctx.param('ctc.phaseOutPerChild')) / ctx.param('ctc.phaseOutRange', type),
          ),
        );
      }
      const ctc = ctcPerChild * children;
      const assets = Number(ctx.get('household.totalAssets'));
      const rate = assets >= ctx.param('eitc.assetHalfFrom') ? ctx.param('eitc.assetHalfRate') : 1;
      const amountKrw = floorWon((eitc + ctc) * rate);
      const typeLabel = { single: '단독가구', oneEarner: '홑벌이 가구', dualEarner: '맞벌이 가구' }[type];
      const lines: DetailLine[] = [
        { label: t('가구 유형', 'household type'), value: typeLabel },
        { label: t('부부 총급여액 등 (연)', 'couple’s annual earnings'), value: earnings },
        { label: t('부부합산 총소득 (연)', 'couple’s annual total income'), value: totalIncome },
        { label: t('근로장려금', 'earned income tax credit'), value: eitc },
        { label: t('부양자녀 수', 'dependent children'), value: children },
        { label: t('자녀장려금', 'child tax credit'), value: ctc },
        { label: t('재산 기준 지급 비율', 'share paid by assets'), value: rate },
        { label: t('지급액 (연)', 'annual amount'), value: amountKrw },
      ];
      return { amountKrw, lines };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z.enum(['self', 'spouse', 'agent']).meta({ label: t('신청인 구분', 'who applies') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('장려금 수령 계좌', 'bank account for the credit') }),
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
        label: t('근로·자녀장려금 신청서', 'EITC / child tax credit application'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
