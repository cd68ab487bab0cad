import {
  all,
  any,
  type BenefitContext,
  type Criterion,
  cmp,
  defineProgram,
  fact,
  lit,
  type MemberBenefitView,
  MissingData,
  mul,
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
  title: '복지로 한부모가족 아동양육비 지원 (WLF00001068) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001068&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet2024: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「한부모가족 아동 양육비 지원」',
  status: 'official',
};
const secondary2025: Source = {
  title: '2025 한부모가족 소득기준·아동양육비 (2차 자료, 1차 자료 미확인)',
  status: 'secondary',
};

const ELIGIBLE_KINDS = ['singleParent', 'grandparent'];
const SCHOOL_LEVELS = ['elementary', 'middle', 'high'];

const scalar = (value: number) => ({ type: 'scalar' as const, value });
const ages = (id: string, ko: string, en: string, value: number): ParameterDefinition => ({
  id,
  label: { ko, en },
  unit: 'years',
  versions: [{ from: '2024-01-01', value: scalar(value), sources: [booklet2024, bokjiro] }],
});

const parameters: ParameterDefinition[] = [
  {
    id: 'singleParent.incomeRatio',
    label: {
      ko: '한부모가족 복지급여 소득기준 (기준 중위소득 대비)',
      en: 'single-parent benefit income limit (ratio of median)',
    },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: scalar(0.63), sources: [booklet2024] },
      { from: '2025-01-01', value: scalar(0.63), sources: [secondary2025] },
      { from: '2026-01-01', value: scalar(0.65), sources: [bokjiro] },
    ],
  },
  {
    id: 'singleParent.childRearingAmount',
    label: { ko: '아동양육비 (아동 1인당)', en: 'child-rearing support (per child)' },
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: scalar(210000), sources: [booklet2024] },
      { from: '2025-01-01', value: scalar(230000), sources: [secondary2025] },
      { from: '2026-01-01', value: scalar(230000), sources: [bokjiro] },
    ],
  },
  {
    id: 'singleParent.additionalAmount',
    label: { ko: '추가 아동양육비 (아동 1인당)', en: 'additional child-rearing support (per child)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(100000),
        sources: [bokjiro],
        note: '2024년 금액·구조(5만원/10만원, 자녀 연령별)는 2026년과 달라 반영하지 않음; 2025년은 출처에 없음',
      },
    ],
  },
  ages('singleParent.childAgeLimit', '아동 연령 기준 (미만)', 'child age limit (under)', 18),
  ages(
    'singleParent.studentChildAgeLimit',
    '고등학교 이하 재학 아동 연령 기준 (미만)',
    'age limit for children in school up to high school (under)',
    22,
  ),
  ages(
    'singleParent.additionalChildMaxAge',
    '추가 아동양육비 자녀 연령 (조손·35세 이상 미혼, 이하)',
    'additional support: child age (grandparent / unmarried 35+; inclusive)',
    5,
  ),
  ages('singleParent.youthParentMinAge', '청년 한부모 연령 하한', 'youth single parent minimum age', 25),
  ages(
    'singleParent.youthParentMaxAge',
    '청년 한부모 연령 상한 (이하)',
    'youth single parent maximum age (inclusive)',
    34,
  ),
  ages(
    'singleParent.unmarriedParentMinAge',
    '추가 아동양육비 미혼 한부모 연령 (이상)',
    'additional support: unmarried single parent age (from)',
    35,
  ),
];

/** A child counted for the support: under 18, or under 22 while in school up to high school. */
const qualifyingChild: Criterion = any(
  t('18세 미만 (고등학교 이하 재학 시 22세 미만)', 'under 18 (under 22 while in school up to high school)'),
  cmp(t('18세 미만', 'under 18'), v('person.age'), '<', param('singleParent.childAgeLimit')),
  all(
    t('22세 미만 고등학교 이하 재학', 'under 22 and in school up to high school'),
    cmp(t('22세 미만', 'under 22'), v('person.age'), '<', param('singleParent.studentChildAgeLimit')),
    cmp(
      t('고등학교 이하 재학', 'in school up to high school'),
      fact('student', 'level'),
      'in',
      lit(SCHOOL_LEVELS, t('초·중·고등학교', 'elementary / middle / high school')),
    ),
  ),
);

/** The children of the certified parent (or grandchildren of a grandparent family) that count. */
function countedChildren(ctx: BenefitContext, holder: MemberBenefitView, kind: string): MemberBenefitView[] {
  const relation = String(holder.get('person.relation'));
  let childRelation: string;
  if (relation === 'head' || relation === 'spouse')
    childRelation = kind === 'grandparent' ? 'grandchild' : 'child';
  else if (relation === 'child') childRelation = 'grandchild';
  else {
    throw new MissingData([
      {
        dataType: 'relation',
        personId: holder.personId,
        what: t(
          '한부모(조부모)와 아동의 관계 (가구주·배우자·자녀가 아닌 경우)',
          'relation of the parent to the children',
        ),
      },
    ]);
  }
  const limit = ctx.param('singleParent.childAgeLimit');
  const studentLimit = ctx.param('singleParent.studentChildAgeLimit');
  return ctx.members().filter((m) => {
    if (m.personId === holder.personId || m.get('person.relation') !== childRelation) return false;
    const age = Number(m.get('person.age'));
    return age < limit || (age < studentLimit && SCHOOL_LEVELS.includes(String(m.fact('student', 'level'))));
  });
}

export default defineProgram({
  id: 'WLF00001068',
  version: '2026.1',
  name: t('한부모가족 아동양육비', 'Single-parent child-rearing support'),
  ministry: '성평등가족부',
  bureau: '가족지원과',
  legalBasis: [t('한부모가족지원법; 같은 법 시행령', 'Single-Parent Family Support Act and its decree')],
  target: 'household',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['singleParent', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '소득인정액이 기준 중위소득 65% 이하(2024·2025년 63%)인 한부모가족·조손가족에 18세 미만(고등학교 이하 재학 시 22세 미만) 아동 1인당 월 23만원의 아동양육비를 지급합니다.',
    'Single-parent and grandparent families whose income-recognized amount is at most 65% of the median (63% in 2024 and 2025) receive 230,000 a month per child under 18 (under 22 while in school up to high school).',
  ),
  criteria: all(
    undefined,
    someMember(
      t(
        '한부모가족 또는 조손가족 (청소년한부모 제외)',
        'single-parent or grandparent family (teen single parents excluded)',
      ),
      cmp(
        t('한부모가족 증명 유형', 'single-parent certificate type'),
        fact('singleParentFamily', 'kind'),
        'in',
        lit(ELIGIBLE_KINDS, t('한부모·조손', 'single parent / grandparent')),
      ),
    ),
    {
      type: 'count',
      label: t('양육하는 아동이 1명 이상', 'raises at least one child'),
      where: all(
        undefined,
        cmp(
          t('자녀 또는 손자녀', 'child or grandchild'),
          v('person.relation'),
          'in',
          lit(['child', 'grandchild'], t('자녀·손자녀', 'child / grandchild')),
        ),
        qualifyingChild,
      ),
      op: '>=',
      right: lit(1, t('1명', 'one')),
    },
    cmp(
      t('소득인정액이 기준 중위소득 65% 이하', 'income-recognized amount at most 65% of the median'),
      v('household.incomeRecognized.nblss'),
      '<=',
      mul(
        t('기준 중위소득 × 소득기준 비율', 'median income × income-limit ratio'),
        param('median.income', { by: 'household.size' }),
        param('singleParent.incomeRatio'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '아동 1인당 월 230,000원 (2024년 210,000원). 추가 아동양육비 월 100,000원 (2026): 조손가족·35세 이상 미혼 한부모의 5세 이하 아동, 25~34세 청년 한부모의 18세 미만 아동. 35세 이상 한부모의 미혼 여부는 자료에 없어 5세 이하 자녀가 있으면 금액 미결정. 학용품비 연 100,000원·시설 생활보조금은 별도 (산정 제외)',
      '230,000 a month per child (210,000 in 2024). Additional 100,000 (2026) for children 5 or under of grandparent families and unmarried single parents 35+, and for children under 18 of single parents aged 25–34. Whether a parent aged 35+ never married is not in the data, so with a child 5 or under the amount is undetermined. School supplies (100,000 a year) and the facility living subsidy are separate (not computed)',
    ),
    amount: (ctx) => {
      const holders = ctx
        .members()
        .filter((m) => ELIGIBLE_KINDS.includes(String(m.fact('singleParentFamily', 'kind'))));
      const holder = holders[0];
      if (!holder)
        throw new MissingData([
          { dataType: 'fact:singleParentFamily', what: t('한부모가족 증명', 'single-parent certificate') },
        ]);
      const kind = String(holder.fact('singleParentFamily', 'kind'));
      const children = countedChildren(ctx, holder, kind);
      const perChild = ctx.param('singleParent.childRearingAmount');
      const base = perChild * children.length;
      const childAge = (m: MemberBenefitView) => Number(m.get('person.age'));
      let extraChildren: MemberBenefitView[] = [];
      if (kind === 'grandparent') {
        const maxAge = ctx.param('singleParent.additionalChildMaxAge');
        extraChildren = children.filter((c) => childAge(c) <= maxAge);
      } else {
        const parentAge = Number(holder.get('person.age'));
        if (
          parentAge >= ctx.param('singleParent.youthParentMinAge') &&
          parentAge <= ctx.param('singleParent.youthParentMaxAge')
        ) {
          const limit = ctx.param('singleParent.childAgeLimit');
          extraChildren = children.filter((c) => childAge(c) < limit);
        } else if (parentAge >= ctx.param('singleParent.unmarriedParentMinAge')) {
          const maxAge = ctx.param('singleParent.additionalChildMaxAge');
          if (children.some((c) => childAge(c) <= maxAge)) {
            throw new MissingData([
              {
                dataType: 'rule:singleParent.unmarriedStatus',
                personId: holder.personId,
                what: t(
                  '35세 이상 한부모의 미혼 여부 (5세 이하 자녀 추가 아동양육비 대상 판단)',
                  'whether the single parent aged 35+ never married (additional support for children 5 or under)',
                ),
              },
            ]);
          }
        }
      }
      const extra = extraChildren.length
        ? ctx.param('singleParent.additionalAmount') * extraChildren.length
        : 0;
      const amountKrw = base + extra;
      return {
        amountKrw,
        lines: [
          { label: t('대상 아동 수', 'children counted'), value: children.length },
          { label: t('아동양육비 (1인당)', 'child-rearing support (per child)'), value: perChild },
          {
            label: t('추가 아동양육비 대상 아동 수', 'children with additional support'),
            value: extraChildren.length,
          },
          { label: t('추가 아동양육비', 'additional support'), value: extra },
          { label: t('지급액', 'amount paid'), value: amountKrw },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z
        .enum(['parent', 'grandparent', 'caseworker'])
        .meta({ label: t('신청인 구분', 'who applies') }),
      neverMarried: z.boolean().meta({
        label: t(
          '미혼 한부모 여부 (추가 아동양육비 판단)',
          'never-married single parent (for additional support)',
        ),
      }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('양육비 수령 계좌', 'bank account for payments') }),
      consentToDataLinkage: z
        .literal(true)
        .meta({ label: t('금융정보 등 제공 동의', 'consent to financial and other data linkage') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'financialConsent',
        label: t('금융정보 등 제공 동의서', 'financial data consent form'),
        required: true,
      },
      {
        id: 'incomeAssetReport',
        label: t('소득·재산 신고서', 'income and asset declaration'),
        required: true,
      },
      {
        id: 'familyStatus',
        label: t(
          '한부모가족 사유 확인 서류 (이혼·사별 등)',
          'proof of single-parent status (divorce, bereavement, …)',
        ),
        required: false,
      },
    ],
  },
  // The teen single-parent track (WLF00001109) is a separate program, not yet in the registry.
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [bokjiro, booklet2024],
  fidelity: 'statutory',
  parameters,
  cases,
});
