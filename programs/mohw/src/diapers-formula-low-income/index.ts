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
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 저소득층 기저귀·조제분유 지원 (WLF00000092) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000092&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「저소득층 기저귀·조제분유 지원」',
  status: 'official',
};

const NBLSS: string[] = ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'];

const parameters: ParameterDefinition[] = [
  {
    id: 'diapersFormulaLowIncome.maxAgeMonths',
    label: { ko: '영아 연령 (월령 미만)', en: 'infant age limit (under, months)' },
    unit: 'months',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [book] },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 24 },
        sources: [record],
        note: '만 2세 미만 (0~24개월)',
      },
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
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 1 },
        sources: [record],
        note: '소득 산정 방법은 기록에 없음 — 판단 기준으로만 표시',
      },
    ],
  },
  {
    id: 'diapersFormulaLowIncome.multiChildMin',
    label: { ko: '다자녀 가구 자녀 수 (이상)', en: 'children for a multi-child household (at least)' },
    unit: 'count',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 2 }, sources: [record] },
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
        sources: [record],
      },
    ],
  },
];

const isParent = cmp(
  t('부 또는 모', 'father or mother'),
  v('person.relation'),
  'in',
  lit(['head', 'spouse'], t('가구주·배우자', 'head or spouse')),
);
const incomeJudgement = judgement(
  t('가구 소득이 기준 중위소득 100% 이하', 'household income at or below 100% of the median'),
  t(
    '가구 소득 산정 (기록은 기준 중위소득 100%만 정하고 산정 방법은 정하지 않음 — 관할 시군구·보건소)',
    'the household income assessment (the record sets 100% of the median but not how income is counted — local government or public health centre)',
  ),
);

const receivesNblss = (
  [
    ['WLF00001132', '생계급여', 'livelihood benefit'],
    ['WLF00000102', '의료급여', 'medical aid'],
    ['WLF00003201', '주거급여', 'housing benefit'],
    ['WLF00001089', '교육급여', 'education benefit'],
  ] as const
).map(([id, ko, en]) =>
  cmp(
    t(`${ko} 수급 가구`, `${en} household`),
    receives(id, t(`${ko} 수급`, `${en} recipient`)),
    '==',
    lit(true),
  ),
);

export default defineProgram({
  id: 'WLF00000092',
  version: '2026.1',
  name: t('저소득층 기저귀·조제분유 지원', 'Diapers and infant formula for low-income families'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('저출산ㆍ고령사회기본법', 'Framework Act on Low Birth Rate in an Aging Society')],
  target: 'person',
  lifeCycle: ['infant', 'pregnancy'],
  situations: ['multiChild', 'disability', 'lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '만 2세 미만 영아를 둔 기초생활보장·차상위·한부모가족 가구와 기준 중위소득 100% 이하 장애인·다자녀 가구에 기저귀(월 9만원), 시설·위탁·입양 아동과 부자·조손 가정 등에 조제분유(월 11만원) 바우처를 지원합니다.',
    'Infants under 2 in NBLSS, near-poor or single-parent households, and in disabled or multi-child households at or below 100% of the median, get a diaper voucher (90,000 a month); children in care, adoptive, single-father and grandparent families and others get a formula voucher (110,000 a month).',
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
      t('기저귀 또는 조제분유 지원대상', 'in a diaper or formula group'),
      any(
        t(
          '기저귀: 기초생활보장·차상위계층·한부모가족 수급 가구',
          'diapers: NBLSS, near-poor or single-parent household',
        ),
        ...receivesNblss,
        someMember(
          t(
            '차상위계층 가구 (본인부담경감·자활·장애인·계층확인)',
            'near-poor household (copay reduction, self-sufficiency, disability, certificate)',
          ),
          cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
        ),
        someMember(
          t(
            '한부모가족지원법 지원 대상 가구 (청소년한부모 포함)',
            'single-parent family under the Single-Parent Family Support Act (teen parents included)',
          ),
          cmp(
            t('한부모가족 증명', 'single-parent family certificate'),
            fact('singleParentFamily'),
            '==',
            lit(true),
          ),
        ),
      ),
      all(
        t(
          '기저귀: 기준 중위소득 100% 이하 장애인 가구',
          'diapers: household with a disability at or below 100% of the median',
        ),
        any(
          t('부 또는 모 또는 영아가 등록장애인', 'father, mother or the infant has a registered disability'),
          cmp(
            t('영아 본인 등록장애', 'the infant has a registered disability'),
            fact('disability'),
            '==',
            lit(true),
          ),
          someMember(
            t('부 또는 모가 등록장애인', 'father or mother has a registered disability'),
            all(
              undefined,
              isParent,
              cmp(t('등록장애', 'registered disability'), fact('disability'), '==', lit(true)),
            ),
          ),
        ),
        incomeJudgement,
      ),
      all(
        t(
          '기저귀: 기준 중위소득 100% 이하 다자녀(2인 이상) 가구',
          'diapers: household with two or more children at or below 100% of the median',
        ),
        {
          type: 'count',
          label: t('가구 내 자녀 2인 이상', 'two or more children in the household'),
          where: cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child')),
          op: '>=',
          right: param('diapersFormulaLowIncome.multiChildMin'),
        },
        incomeJudgement,
      ),
      any(
        t(
          '조제분유: 시설·공동생활가정·가정위탁·입양대상 아동, 한부모(부자·조손), 영아 입양 가정',
          'formula: child in care or awaiting adoption, single-father or grandparent family, adoptive family',
        ),
        cmp(
          t(
            '아동복지시설·공동생활가정·가정위탁보호 아동',
            'child in a welfare facility, group home or foster care',
          ),
          fact('fosterCare'),
          '==',
          lit(true),
        ),
        someMember(
          t('부자 가족 (한부모인 아버지)', 'single-father family'),
          all(
            undefined,
            cmp(
              t('한부모가족 증명', 'single-parent family certificate'),
              fact('singleParentFamily'),
              '==',
              lit(true),
            ),
            cmp(t('남성', 'male'), v('person.sex'), '==', lit('M', t('남성', 'male'))),
          ),
        ),
        someMember(
          t('조손 가족', 'grandparent family'),
          cmp(
            t('한부모가족 유형', 'single-parent family type'),
            fact('singleParentFamily', 'kind'),
            '==',
            lit('grandparent', t('조손', 'grandparent')),
          ),
        ),
        cmp(
          t('입양대상 아동 또는 영아 입양 가정의 아동', 'child awaiting adoption or adopted as an infant'),
          fact('adoption'),
          '==',
          lit(true),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '국민행복카드 바우처 포인트: 기저귀 월 9만원, 조제분유 월 11만원. 산모의 사망·특정질병(에이즈, HTLV감염, 악성신생물, 방사선·항암제 치료 등), 의식 기능 저하 등으로 의사가 모유수유가 불가능하다고 판단한 기저귀 지원대상도 조제분유 지원 — 이 경우는 산정하지 않음 (의사 소견 필요)',
      'National Happiness Card voucher points: diapers 90,000 a month, formula 110,000 a month. Diaper recipients whose mother died, has a listed illness (HIV, HTLV, cancer, radiation or chemotherapy) or impaired consciousness, so that a doctor finds breastfeeding impossible, also get formula — not computed here (needs the doctor’s opinion)',
    ),
    amount: (ctx) => {
      const members = ctx.members();
      const household = members.map((m) => ({
        programs: m.fact('programRecipient', 'programs') as string[],
        nearPoor: m.fact('nearPoor') === true,
        singleParent: m.fact('singleParentFamily') === true,
        kind: m.fact('singleParentFamily', 'kind'),
        sex: m.get('person.sex'),
      }));
      const diaperGroup = household.some(
        (m) => m.programs.some((p) => NBLSS.includes(p)) || m.nearPoor || m.singleParent,
      );
      const formulaGroup =
        ctx.fact('fosterCare') === true ||
        ctx.fact('adoption') === true ||
        household.some((m) => m.kind === 'grandparent' || (m.singleParent && m.sex === 'M'));
      const diapers = diaperGroup ? ctx.param('diapersFormulaLowIncome.monthlyVoucher', 'diapers') : 0;
      const formula = formulaGroup ? ctx.param('diapersFormulaLowIncome.monthlyVoucher', 'formula') : 0;
      return {
        amountKrw: diapers + formula,
        lines: [
          { label: t('기저귀 바우처 (월)', 'diaper voucher (monthly)'), value: diapers },
          { label: t('조제분유 바우처 (월)', 'formula voucher (monthly)'), value: formula },
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
      {
        id: 'doctorOpinion',
        label: t(
          '모유수유 불가 의사 소견서 (조제분유, 해당 시)',
          'doctor’s opinion that breastfeeding is impossible (formula, if any)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [record, book],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
