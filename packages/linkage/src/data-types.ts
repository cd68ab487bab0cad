import { AssetKind, type FactKind, factKinds, IncomeKind, IsoDate, Rrn, type Text } from '@bokji/core';
import { z } from 'zod';

export type RefreshCycle = 'daily' | 'monthly' | 'quarterly' | 'annual' | 'onEvent';

export interface DataType {
  id: string;
  name: Text;
  agency: string;
  category: 'income' | 'asset' | 'fact';
  /** The record kind: an income kind, an asset kind or a fact kind. */
  kind: string;
  refresh: RefreshCycle;
  legalBasis: string;
  /**
   * The values a field of this data type's facts can take, where the registry records only some
   * of the fact's kinds: a power cut-off register reports cut-offs, the farm register farmers. A
   * row giving another value is rejected (it would put a situation the registry does not record
   * into a multi-source fact).
   */
  values?: Record<string, readonly string[]>;
}

type Row = [
  id: string,
  ko: string,
  en: string,
  agency: string,
  category: DataType['category'],
  kind: string,
  refresh: RefreshCycle,
  law: string,
];

const SSBA = '사회보장급여법 제19조 (자료 제공 요청)';
const NBLSA = '국민기초생활 보장법 제23조의2 (금융정보 등의 제공)';

const rows: Row[] = [
  ['nts.earned-income', '근로소득', 'earned income', 'NTS', 'income', 'earned', 'monthly', SSBA],
  ['nts.daily-wage', '일용근로소득', 'daily-wage income', 'NTS', 'income', 'earned', 'quarterly', SSBA],
  [
    'nhis.insured-wage',
    '건강보험 보수월액',
    'monthly wage insured by health insurance',
    'NHIS',
    'income',
    'earned',
    'monthly',
    SSBA,
  ],
  ['nts.business-income', '사업소득', 'business income', 'NTS', 'income', 'business', 'annual', SSBA],
  ['nts.interest-income', '이자소득', 'interest income', 'NTS', 'income', 'property', 'annual', SSBA],
  ['nts.dividend-income', '배당소득', 'dividend income', 'NTS', 'income', 'property', 'annual', SSBA],
  ['nts.rental-income', '임대소득', 'rental income', 'NTS', 'income', 'property', 'annual', SSBA],
  [
    'nps.old-age-pension',
    '국민연금 급여',
    'National Pension benefit',
    'NPS',
    'income',
    'pension',
    'monthly',
    SSBA,
  ],
  ['geps.pension', '공무원연금 급여', 'civil-servant pension', 'GEPS', 'income', 'pension', 'monthly', SSBA],
  [
    'tp.pension',
    '사학연금 급여',
    'private-school teachers’ pension',
    'TP',
    'income',
    'pension',
    'monthly',
    SSBA,
  ],
  ['affmc.pension', '군인연금 급여', 'military pension', 'AFFMC', 'income', 'pension', 'monthly', SSBA],
  [
    'ppo.pension',
    '별정우체국연금 급여',
    'special post office pension',
    'PPO',
    'income',
    'pension',
    'monthly',
    SSBA,
  ],
  [
    'comwel.industrial-accident',
    '산재보험 급여',
    'industrial-accident insurance benefit',
    'COMWEL',
    'income',
    'publicTransfer',
    'monthly',
    SSBA,
  ],
  [
    'moel.unemployment-benefit-amount',
    '구직급여 지급액',
    'unemployment benefit paid',
    'MOEL',
    'income',
    'publicTransfer',
    'monthly',
    SSBA,
  ],
  [
    'mpva.compensation',
    '보훈급여금',
    'veterans’ compensation',
    'MPVA',
    'income',
    'publicTransfer',
    'monthly',
    SSBA,
  ],
  [
    'ssis.public-transfer',
    '공적이전소득 (타 급여)',
    'public transfer income (other benefits)',
    'SSIS',
    'income',
    'publicTransfer',
    'monthly',
    SSBA,
  ],
  ['kosaf.scholarship', '장학금', 'scholarships', 'KOSAF', 'income', 'other', 'annual', SSBA],
  [
    'local.private-transfer',
    '사적이전소득 (조사)',
    'private transfers (investigation)',
    'LOCAL',
    'income',
    'privateTransfer',
    'onEvent',
    SSBA,
  ],
  [
    'local.other-income',
    '기타소득 (조사)',
    'other income (investigation)',
    'LOCAL',
    'income',
    'other',
    'onEvent',
    SSBA,
  ],
  [
    'molit.building',
    '건축물대장 (주택)',
    'building register (housing)',
    'MOLIT',
    'asset',
    'residential',
    'monthly',
    SSBA,
  ],
  ['molit.land', '토지대장', 'land register', 'MOLIT', 'asset', 'general', 'monthly', SSBA],
  ['court.real-estate', '부동산 등기', 'real-estate registry', 'COURT', 'asset', 'general', 'monthly', SSBA],
  [
    'mois.property-tax',
    '재산세 과세자료 (토지·건축물)',
    'property-tax records (land and buildings)',
    'MOIS',
    'asset',
    'general',
    'annual',
    SSBA,
  ],
  // The deposit on the home a household lives in: residential property (주거용재산); general
  // property holds only non-residential deposits (reference/korea-welfare-rules.md, conversion
  // rates). Fixed-date records (확정일자) are those of housing leases.
  [
    'molit.lease-deposit',
    '임차보증금 (확정일자)',
    'rental deposit on the home lived in (fixed-date records)',
    'MOLIT',
    'asset',
    'residential',
    'monthly',
    SSBA,
  ],
  ['ts.vehicle', '자동차 등록', 'vehicle registration', 'TS', 'asset', 'car', 'monthly', SSBA],
  ['fin.deposits', '예금', 'bank deposits', 'FIN', 'asset', 'financial', 'onEvent', NBLSA],
  ['fin.savings', '적금', 'instalment savings', 'FIN', 'asset', 'financial', 'onEvent', NBLSA],
  ['fin.securities', '주식·채권', 'stocks and bonds', 'FIN', 'asset', 'financial', 'onEvent', NBLSA],
  [
    'fin.insurance',
    '보험 해약환급금',
    'insurance surrender values',
    'FIN',
    'asset',
    'financial',
    'onEvent',
    NBLSA,
  ],
  ['kcis.loans', '대출 (부채)', 'loans (debt)', 'KCIS', 'asset', 'debt', 'onEvent', NBLSA],
  ['hug.deposit-loan', '전세자금대출', 'jeonse deposit loans', 'HUG', 'asset', 'debt', 'monthly', NBLSA],
  ['hf.mortgage', '주택담보대출', 'mortgages', 'HF', 'asset', 'debt', 'monthly', NBLSA],
  [
    'naqs.farmland',
    '농지 (농업경영체)',
    'farmland (farm registry)',
    'NAQS',
    'asset',
    'general',
    'annual',
    SSBA,
  ],
  ['mof.fishing-vessel', '어선', 'fishing vessels', 'MOF', 'asset', 'general', 'annual', SSBA],
  [
    'local.membership',
    '회원권 (조사)',
    'memberships (investigation)',
    'LOCAL',
    'asset',
    'general',
    'onEvent',
    SSBA,
  ],
  [
    'mohw.disability',
    '장애인 등록',
    'disability registration',
    'MOHW',
    'fact',
    'disability',
    'daily',
    '장애인복지법 제32조',
  ],
  ['mpva.veteran', '국가보훈대상자', 'patriots and veterans', 'MPVA', 'fact', 'veteran', 'daily', SSBA],
  [
    'naqs.farm-registration',
    '농업경영체 등록',
    'farm business registration',
    'NAQS',
    'fact',
    'farmerFisher',
    'annual',
    SSBA,
  ],
  ['mof.fisher', '어업인 확인', 'fisher confirmation', 'MOF', 'fact', 'farmerFisher', 'annual', SSBA],
  [
    'nhis.pregnancy',
    '임신·출산 진료비 신청',
    'pregnancy care voucher registration',
    'NHIS',
    'fact',
    'pregnancy',
    'daily',
    SSBA,
  ],
  [
    'mogef.single-parent',
    '한부모가족 증명',
    'single-parent family certificate',
    'MOGEF',
    'fact',
    'singleParentFamily',
    'daily',
    '한부모가족지원법 제5조의2',
  ],
  ['keis.job-seeker', '구직 등록', 'job-seeker registration', 'KEIS', 'fact', 'jobSeeker', 'daily', SSBA],
  [
    'moel.unemployment-benefit',
    '구직급여 수급',
    'unemployment benefit receipt',
    'MOEL',
    'fact',
    'unemploymentBenefit',
    'daily',
    SSBA,
  ],
  ['moe.neis-enrolment', '학적 (NEIS)', 'school enrolment (NEIS)', 'MOE', 'fact', 'student', 'monthly', SSBA],
  [
    'mou.defector',
    '북한이탈주민',
    'North Korean defectors',
    'MOU',
    'fact',
    'northKoreanDefector',
    'daily',
    '북한이탈주민법 제22조의2',
  ],
  [
    'moj.marriage-migrant',
    '결혼이민·다문화가족',
    'marriage migrants and multicultural families',
    'MOJ',
    'fact',
    'multiculturalFamily',
    'daily',
    SSBA,
  ],
  [
    'moj.immigration',
    '체류자격',
    'residence status (foreigners)',
    'MOJ',
    'fact',
    'foreignResident',
    'daily',
    SSBA,
  ],
  [
    'mohw.child-protection',
    '보호대상아동·자립준비청년',
    'children in care and care leavers',
    'MOHW',
    'fact',
    'fosterCare',
    'daily',
    '아동복지법 제15조',
  ],
  [
    'spo.crime-victim',
    '범죄피해자',
    'crime victims',
    'SPO',
    'fact',
    'crimeVictim',
    'onEvent',
    '범죄피해자 보호법',
  ],
  [
    'nhis.ltc-grade',
    '장기요양등급',
    'long-term-care grade',
    'NHIS',
    'fact',
    'longTermCareGrade',
    'daily',
    '노인장기요양보험법',
  ],
  [
    'geps.occupational-pension',
    '직역연금 수급 여부',
    'occupational pension receipt',
    'GEPS',
    'fact',
    'occupationalPension',
    'monthly',
    SSBA,
  ],
  ['molit.home-ownership', '주택 소유', 'home ownership', 'MOLIT', 'fact', 'homeOwner', 'monthly', SSBA],
  [
    'mohw.facility',
    '보장시설 입소',
    'welfare facility residence',
    'MOHW',
    'fact',
    'facilityResident',
    'daily',
    SSBA,
  ],
  [
    'moe.childcare',
    '보육·유아교육 이용',
    'daycare and kindergarten use',
    'MOE',
    'fact',
    'daycareUse',
    'daily',
    '영유아보육법',
  ],
  [
    'court.family-relation',
    '가족관계 (출생 순위)',
    'family relations (birth order)',
    'COURT',
    'fact',
    'birthOrder',
    'onEvent',
    '가족관계의 등록 등에 관한 법률',
  ],
  [
    'local.crisis',
    '위기사유 조사',
    'crisis investigation',
    'LOCAL',
    'fact',
    'crisis',
    'onEvent',
    '긴급복지지원법',
  ],
  [
    'kepco.power-cutoff',
    '단전 정보',
    'electricity cut-offs',
    'KEPCO',
    'fact',
    'crisis',
    'monthly',
    '사회보장급여법 제12조 (위기가구 발굴)',
  ],
  [
    'kwater.water-cutoff',
    '단수 정보',
    'water cut-offs',
    'KWATER',
    'fact',
    'crisis',
    'monthly',
    '사회보장급여법 제12조 (위기가구 발굴)',
  ],
  [
    'ssis.parent-household',
    '원가구 소득·재산',
    'parents’ household income and assets',
    'SSIS',
    'fact',
    'parentHousehold',
    'onEvent',
    SSBA,
  ],
  ['ssis.benefit-history', '급여 이력', 'benefit history', 'SSIS', 'fact', 'programRecipient', 'daily', SSBA],
  ['ssis.near-poor', '차상위계층 확인', 'near-poor certification', 'SSIS', 'fact', 'nearPoor', 'daily', SSBA],
  [
    'nhis.rare-disease',
    '산정특례 (희귀·중증질환)',
    'special copay registration (rare and severe diseases)',
    'NHIS',
    'fact',
    'illness',
    'daily',
    SSBA,
  ],
  [
    'kdca.tuberculosis',
    '결핵 환자',
    'tuberculosis patients',
    'KDCA',
    'fact',
    'illness',
    'daily',
    '결핵예방법',
  ],
  [
    'moel.employment-insurance',
    '고용보험 자격',
    'employment insurance status',
    'MOEL',
    'fact',
    'employment',
    'monthly',
    SSBA,
  ],
  ['mma.military-service', '병역 사항', 'military service', 'MMA', 'fact', 'military', 'monthly', SSBA],
  [
    'local.housing-hardship',
    '주거 취약 (조사)',
    'housing hardship (investigation)',
    'LOCAL',
    'fact',
    'housingHardship',
    'onEvent',
    SSBA,
  ],
  [
    'mohw.child-headed',
    '소년소녀가정',
    'child-headed households',
    'MOHW',
    'fact',
    'childHeadedHousehold',
    'daily',
    SSBA,
  ],
  [
    'mogef.out-of-school',
    '학교 밖 청소년',
    'out-of-school youth',
    'MOGEF',
    'fact',
    'outOfSchoolYouth',
    'monthly',
    '학교 밖 청소년 지원에 관한 법률',
  ],
  [
    'moj.corrections',
    '출소·보호관찰',
    'released prisoners and probation',
    'MOJ',
    'fact',
    'exOffender',
    'daily',
    SSBA,
  ],
  [
    'mois.disaster',
    '재난 피해',
    'disaster damage',
    'MOIS',
    'fact',
    'disasterVictim',
    'onEvent',
    '재난 및 안전관리 기본법',
  ],
  [
    'semas.small-business',
    '소상공인 확인',
    'small-business confirmation',
    'SEMAS',
    'fact',
    'smallBusiness',
    'monthly',
    SSBA,
  ],
  [
    'local.young-carer',
    '가족돌봄청년 (조사)',
    'young carers (investigation)',
    'LOCAL',
    'fact',
    'youngCarer',
    'onEvent',
    SSBA,
  ],
  [
    'nhis.health-insurance',
    '건강보험 자격·보험료',
    'health insurance status and premium',
    'NHIS',
    'fact',
    'healthInsurance',
    'monthly',
    SSBA,
  ],
  [
    'local.support-obligor',
    '부양의무자 조사',
    'support-obligor investigation',
    'LOCAL',
    'fact',
    'supportObligor',
    'onEvent',
    '국민기초생활 보장법 제8조의2',
  ],
];

/** Registries that record only some of their fact's kinds (`DataType.values`). */
const restricted: Record<string, Record<string, readonly string[]>> = {
  'kepco.power-cutoff': { kind: ['utilityCutoff'] },
  'kwater.water-cutoff': { kind: ['utilityCutoff'] },
  'naqs.farm-registration': { kind: ['farmer'] },
  'mof.fisher': { kind: ['fisher'] },
  'kdca.tuberculosis': { kind: ['tuberculosis'] },
};

export const dataTypes: DataType[] = rows.map(
  ([id, ko, en, agency, category, kind, refresh, legalBasis]) => ({
    id,
    name: { ko, en },
    agency,
    category,
    kind,
    refresh,
    legalBasis,
    ...(restricted[id] ? { values: restricted[id] } : {}),
  }),
);

export const dataTypeById = new Map(dataTypes.map((d) => [d.id, d]));

const subject = {
  rrn: Rrn.optional(),
  personId: z.string().uuid().optional(),
  periodFrom: IsoDate,
  periodTo: IsoDate.optional(),
  correction: z
    .boolean()
    .optional()
    .describe('true when this row corrects an earlier one for the same period'),
};

/** The row schema of a data type: who (RRN or person id), the period, and the amount or the fact value. */
export function rowSchema(dt: DataType) {
  const value =
    dt.category === 'fact'
      ? { value: (factKinds as Record<string, { value: z.ZodType }>)[dt.kind]!.value }
      : {
          amountKrw: z.coerce
            .number()
            .int()
            .min(0)
            .max(dt.category === 'income' ? 10_000_000_000 : 1_000_000_000_000),
        };
  let row = z
    .strictObject({ ...subject, ...value })
    .refine((r) => Boolean(r.rrn) !== Boolean(r.personId), {
      message: 'exactly one of rrn and personId',
      path: ['rrn'],
    })
    .refine((r) => !r.periodTo || r.periodTo > r.periodFrom, {
      message: 'periodTo must be after periodFrom',
      path: ['periodTo'],
    })
    .refine((r) => !('value' in r) || !holdsNul(r.value), {
      message: 'text may not contain the NUL character (U+0000), which PostgreSQL cannot store',
      path: ['value'],
    });
  for (const [field, allowed] of Object.entries(dt.values ?? {}))
    row = row.refine(
      (r) => {
        const v = 'value' in r ? (r.value as Record<string, unknown> | undefined)?.[field] : undefined;
        return v === undefined || allowed.includes(String(v));
      },
      { message: `${dt.id} records ${field} ${allowed.join(', ')} only`, path: ['value', field] },
    );
  return row;
}

/** Whether a JSON value holds U+0000 in any string (PostgreSQL's jsonb and text refuse it). */
function holdsNul(v: unknown): boolean {
  if (typeof v === 'string') return v.includes('\u0000');
  if (Array.isArray(v)) return v.some(holdsNul);
  if (v && typeof v === 'object')
    return Object.entries(v).some(([k, x]) => k.includes('\u0000') || holdsNul(x));
  return false;
}

/** Consistency of the catalogue with the domain (checked by a test): kinds exist, agencies exist. */
export function catalogueProblems(agencyCodes: Set<string>): string[] {
  const problems: string[] = [];
  for (const d of dataTypes) {
    if (!agencyCodes.has(d.agency)) problems.push(`${d.id}: unknown agency ${d.agency}`);
    const ok =
      d.category === 'income'
        ? IncomeKind.safeParse(d.kind).success
        : d.category === 'asset'
          ? AssetKind.safeParse(d.kind).success
          : d.kind in factKinds;
    if (!ok) problems.push(`${d.id}: unknown ${d.category} kind ${d.kind}`);
    for (const [field, allowed] of Object.entries(d.values ?? {})) {
      const schema = ok && d.category === 'fact' ? factKinds[d.kind as FactKind].value : undefined;
      for (const v of allowed)
        if (!schema?.safeParse({ [field]: v }).success)
          problems.push(`${d.id}: ${field} ${v} is not a value of the fact ${d.kind}`);
    }
  }
  return problems;
}

export type { FactKind };
