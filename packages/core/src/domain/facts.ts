import { z } from 'zod';
import type { Text } from '../text.js';

/**
 * Typed facts about a person, each delivered by a source agency. `whenAbsent` says what the
 * absence of a record means: `no` where the agency's register is authoritative (no disability
 * registration on file means not registered), `unknown` where only a declaration or an
 * investigation can tell (a crisis situation, birth order), so a rule needing it is undetermined.
 */
export interface FactKindDefinition<S extends z.ZodType = z.ZodType> {
  label: Text;
  agency: Text;
  value: S;
  whenAbsent: 'no' | 'unknown';
  /**
   * Several registries deliver this fact, and a person can hold it from more than one at once (a
   * crisis found by the local office and a power cut-off reported by KEPCO; a farm and a fishery
   * registration). Each data type's records are then a stream of their own (`buildSnapshot`), and
   * the records in force are merged (`mergeFactValues`): a field on which they differ reads as the
   * list of their values, which a criterion matches when any of them does (`compareValues`).
   * Without it one record of the kind is in force, the latest, whichever registry sent it.
   */
  multiSource?: true;
}

const flag = z.literal(true);
const a = (ko: string, en: string): Text => ({ ko, en });

export const factKinds = {
  disability: {
    label: a('등록장애', 'registered disability'),
    agency: a('보건복지부(장애인등록)', 'Ministry of Health and Welfare (disability registry)'),
    value: z.strictObject({ severity: z.enum(['severe', 'mild']), type: z.string().max(50).optional() }),
    whenAbsent: 'no',
  },
  veteran: {
    label: a('국가보훈대상자', 'patriot or veteran'),
    agency: a('국가보훈부', 'Ministry of Patriots and Veterans Affairs'),
    value: z.strictObject({ category: z.string().max(50), isFamily: z.boolean().default(false) }),
    whenAbsent: 'no',
  },
  farmerFisher: {
    label: a('농어업인', 'farmer or fisher'),
    agency: a('농림축산식품부·해양수산부', 'Agriculture and Oceans ministries (farm/fishery registries)'),
    value: z.strictObject({ kind: z.enum(['farmer', 'fisher']) }),
    whenAbsent: 'no',
    multiSource: true,
  },
  pregnancy: {
    label: a('임신', 'pregnancy'),
    agency: a('국민건강보험공단', 'National Health Insurance Service'),
    value: z.strictObject({ dueDate: z.string().optional() }),
    whenAbsent: 'no',
  },
  singleParentFamily: {
    label: a('한부모가족 증명', 'single-parent family certificate'),
    agency: a('성평등가족부(지자체)', 'Ministry of Gender Equality and Family (local government)'),
    value: z.strictObject({ kind: z.enum(['singleParent', 'grandparent', 'teenSingleParent']) }),
    whenAbsent: 'no',
  },
  jobSeeker: {
    label: a('구직 등록', 'registered job-seeker'),
    agency: a('고용노동부(고용24)', 'Ministry of Employment and Labor (Work24)'),
    value: flag,
    whenAbsent: 'no',
  },
  unemploymentBenefit: {
    label: a('구직급여 수급', 'receiving unemployment benefit'),
    agency: a('고용노동부(고용보험)', 'Ministry of Employment and Labor (employment insurance)'),
    value: flag,
    whenAbsent: 'no',
  },
  student: {
    label: a('재학', 'enrolled student'),
    agency: a('교육부(NEIS)', 'Ministry of Education (NEIS)'),
    value: z.strictObject({ level: z.enum(['elementary', 'middle', 'high', 'university']) }),
    whenAbsent: 'no',
  },
  northKoreanDefector: {
    label: a('북한이탈주민', 'North Korean defector'),
    agency: a('통일부', 'Ministry of Unification'),
    value: flag,
    whenAbsent: 'no',
  },
  multiculturalFamily: {
    label: a('다문화가족', 'multicultural family'),
    agency: a('법무부(출입국)', 'Ministry of Justice (immigration)'),
    value: flag,
    whenAbsent: 'no',
  },
  fosterCare: {
    label: a('보호대상아동·자립준비청년', 'child in care or care leaver'),
    agency: a('보건복지부(아동보호)', 'Ministry of Health and Welfare (child protection)'),
    value: z.strictObject({ leftCareOn: z.string().optional() }),
    whenAbsent: 'no',
  },
  crimeVictim: {
    label: a('범죄피해자', 'crime victim'),
    agency: a('법무부·대검찰청', 'Ministry of Justice / Supreme Prosecutors’ Office'),
    value: flag,
    whenAbsent: 'no',
  },
  longTermCareGrade: {
    label: a('장기요양등급', 'long-term-care grade'),
    agency: a('국민건강보험공단', 'National Health Insurance Service'),
    value: z.strictObject({ grade: z.enum(['1', '2', '3', '4', '5', 'cognitive']) }),
    whenAbsent: 'no',
  },
  occupationalPension: {
    label: a('직역연금 수급', 'receiving an occupational pension'),
    agency: a('공무원연금공단·사학연금·국군재정관리단', 'Public-sector pension funds'),
    value: flag,
    whenAbsent: 'no',
  },
  homeOwner: {
    label: a('주택 소유', 'owns a home'),
    agency: a('국토교통부(주택소유)', 'Ministry of Land, Infrastructure and Transport (housing ownership)'),
    value: flag,
    whenAbsent: 'no',
  },
  facilityResident: {
    label: a('보장시설 입소', 'resident of a welfare facility'),
    agency: a('보건복지부(시설)', 'Ministry of Health and Welfare (facilities)'),
    value: flag,
    whenAbsent: 'no',
  },
  daycareUse: {
    label: a('어린이집·유치원 이용', 'uses daycare or kindergarten'),
    agency: a('교육부(보육통합)', 'Ministry of Education (childcare system)'),
    value: z.strictObject({ kind: z.enum(['daycare', 'kindergarten', 'fullDayChildMinding']) }),
    whenAbsent: 'no',
  },
  birthOrder: {
    label: a('출생 순위', 'birth order'),
    agency: a('행정안전부(주민등록)', 'Ministry of the Interior and Safety (resident registration)'),
    value: z.strictObject({ order: z.number().int().min(1).max(20) }),
    whenAbsent: 'unknown',
  },
  crisis: {
    label: a('위기사유', 'crisis situation'),
    agency: a('시군구 조사', 'local-government investigation'),
    value: z.strictObject({
      kind: z.enum([
        'earnerLoss',
        'illness',
        'abuse',
        'violence',
        'disaster',
        'businessClosure',
        'unemployment',
        'divorce',
        'utilityCutoff',
        'prisonRelease',
        'homelessness',
        'referral',
        'specialLaw',
      ]),
    }),
    whenAbsent: 'unknown',
    multiSource: true,
  },
  parentHousehold: {
    label: a('원가구(부모) 소득·재산', 'parents’ household income and assets'),
    agency: a('사회보장정보원(원가구 조사)', 'Social security information service (parents’ household)'),
    value: z.strictObject({
      monthlyIncomeKrw: z.number().int().min(0),
      assetsKrw: z.number().int().min(0),
      size: z.number().int().min(1).max(20),
    }),
    whenAbsent: 'unknown',
  },
  righteousCasualty: {
    label: a('의사상자 인정', 'recognised righteous casualty (의사상자)'),
    agency: a(
      '보건복지부(의사상자심사위원회)',
      'Ministry of Health and Welfare (righteous-casualty review committee)',
    ),
    value: z.strictObject({
      kind: z.enum(['injured', 'bereavedFamily']),
      grade: z.string().max(20).optional(),
    }),
    whenAbsent: 'no',
  },
  unpaidWages: {
    label: a('체불임금 확인·도산 인정', 'confirmed unpaid wages or employer insolvency'),
    agency: a(
      '고용노동부·근로복지공단',
      'Ministry of Employment and Labor / Korea Workers’ Compensation and Welfare Service',
    ),
    value: z.strictObject({
      kind: z.enum(['insolvency', 'confirmation', 'courtJudgment']),
      confirmedOn: z.string().optional(),
    }),
    whenAbsent: 'no',
  },
  environmentalDamage: {
    label: a('환경오염피해 인정', 'recognised environmental-pollution damage'),
    agency: a(
      '기후에너지환경부(한국환경산업기술원)',
      'Ministry of Climate, Energy and Environment (environmental damage relief)',
    ),
    value: z.strictObject({ kind: z.string().max(50) }),
    whenAbsent: 'no',
  },
  caseManagementReferral: {
    label: a('통합사례관리 대상 선정', 'selected for integrated case management'),
    agency: a('시군구 희망복지지원단', 'local-government integrated case-management team'),
    value: z.strictObject({ selectedOn: z.string().optional() }),
    whenAbsent: 'no',
  },
  supportObligor: {
    label: a('부양의무자 기준 조사 결과', 'support-obligor assessment'),
    agency: a('시군구 조사 (부양의무자 소득·재산 조사)', 'local-government investigation (support obligors)'),
    value: z.strictObject({
      /** none: no obligor; unable: obligors lack capacity or cannot support; able: an obligor can support. */
      result: z.enum(['none', 'unable', 'able']),
    }),
    whenAbsent: 'unknown',
  },
  illness: {
    label: a('질환', 'illness'),
    agency: a(
      '국민건강보험공단(산정특례 등)',
      'National Health Insurance Service (special copay registrations)',
    ),
    value: z.strictObject({
      kind: z.enum([
        'rare',
        'severe',
        'chronic',
        'cancer',
        'mental',
        'tuberculosis',
        'hansen',
        'infertility',
        'dementia',
      ]),
    }),
    whenAbsent: 'no',
    multiSource: true,
  },
  employment: {
    label: a('취업 상태', 'employment status'),
    agency: a('고용노동부·국민연금공단(고용보험·가입이력)', 'Employment and pension insurance records'),
    value: z.strictObject({
      status: z.enum([
        'employee',
        'selfEmployed',
        'unemployed',
        'dailyWorker',
        'platformWorker',
        'artist',
        'farmer',
      ]),
      employmentInsured: z.boolean().optional(),
    }),
    whenAbsent: 'unknown',
  },
  military: {
    label: a('병역', 'military service'),
    agency: a('병무청', 'Military Manpower Administration'),
    value: z.strictObject({ status: z.enum(['conscript', 'discharged', 'alternative']) }),
    whenAbsent: 'no',
  },
  housingHardship: {
    label: a('주거 취약', 'housing hardship'),
    agency: a('시군구 조사', 'local-government investigation'),
    value: z.strictObject({ kind: z.enum(['homeless', 'jjokbang', 'substandard', 'jeonseFraudVictim']) }),
    whenAbsent: 'unknown',
  },
  childHeadedHousehold: {
    label: a('소년소녀가정·아동 가구주', 'child-headed household'),
    agency: a('보건복지부(아동보호)', 'Ministry of Health and Welfare (child protection)'),
    value: flag,
    whenAbsent: 'no',
  },
  outOfSchoolYouth: {
    label: a('학교 밖 청소년', 'out-of-school youth'),
    agency: a(
      '성평등가족부(학교밖청소년지원센터)',
      'Ministry of Gender Equality and Family (out-of-school youth centres)',
    ),
    value: flag,
    whenAbsent: 'no',
  },
  exOffender: {
    label: a('출소자·보호관찰 대상', 'released prisoner or on probation'),
    agency: a('법무부', 'Ministry of Justice'),
    value: flag,
    whenAbsent: 'no',
  },
  disasterVictim: {
    label: a('재난 피해', 'disaster victim'),
    agency: a('행정안전부', 'Ministry of the Interior and Safety'),
    value: z.strictObject({ kind: z.string().max(50) }),
    whenAbsent: 'no',
  },
  smallBusiness: {
    label: a('소상공인·자영업', 'small-business owner'),
    agency: a(
      '중소벤처기업부·국세청(사업자등록)',
      'SME ministry / National Tax Service (business registration)',
    ),
    value: z.strictObject({ closedOn: z.string().optional() }),
    whenAbsent: 'no',
  },
  youngCarer: {
    label: a('가족돌봄청년', 'young carer'),
    agency: a('시군구 조사', 'local-government investigation'),
    value: flag,
    whenAbsent: 'unknown',
  },
  healthInsurance: {
    label: a('건강보험 가입·보험료', 'health insurance and premium'),
    agency: a('국민건강보험공단', 'National Health Insurance Service'),
    value: z.strictObject({
      kind: z.enum(['employee', 'regional', 'medicalAid']),
      monthlyPremiumKrw: z.number().int().min(0).max(100_000_000),
    }),
    whenAbsent: 'unknown',
  },
  foreignResident: {
    label: a('체류 자격', 'residence status (foreigners)'),
    agency: a('법무부(출입국)', 'Ministry of Justice (immigration)'),
    value: z.strictObject({ visa: z.string().max(20) }),
    whenAbsent: 'no',
  },
  nearPoor: {
    label: a('차상위계층 확인', 'certified near-poor (차상위)'),
    agency: a(
      '사회보장정보시스템(차상위계층 확인)',
      'Social security information system (near-poor certification)',
    ),
    value: z.strictObject({
      kind: z.enum(['selfSufficiency', 'copayReduction', 'disability', 'confirmed']).optional(),
    }),
    whenAbsent: 'no',
  },
  programRecipient: {
    label: a('타 제도 수급', 'recipient of another program'),
    agency: a('사회보장정보시스템(급여이력)', 'Social security information system (benefit history)'),
    value: z.strictObject({ programs: z.array(z.string().max(40)).max(100) }),
    whenAbsent: 'no',
  },
  // — facts for the 2026 statutory batch A —
  kindergartenType: {
    label: a('재원 유치원 설립 유형', 'type of the kindergarten attended'),
    agency: a('교육부(유아학비 지원시스템)', 'Ministry of Education (kindergarten tuition system)'),
    value: z.strictObject({ establishment: z.enum(['public', 'private']) }),
    whenAbsent: 'unknown',
  },
  // — facts for the 2026 statutory batch B —
  adoption: {
    label: a('입양', 'adoption'),
    agency: a(
      '법원(가족관계등록)·아동권리보장원(입양대상 아동)',
      'Courts (family register) / National Center for the Rights of the Child (children awaiting adoption)',
    ),
    value: z.strictObject({
      /** awaiting: a child placed for adoption (입양대상 아동); adopted: adoption registered. */
      status: z.enum(['awaiting', 'adopted']),
    }),
    whenAbsent: 'no',
  },
  medicalAidType: {
    label: a('의료급여 수급권자 종별 (1종·2종)', 'medical aid type (1 or 2)'),
    agency: a(
      '사회보장정보시스템(의료급여 자격)',
      'Social security information system (medical aid eligibility)',
    ),
    value: z.strictObject({ type: z.enum(['1', '2']) }),
    whenAbsent: 'unknown',
  },
  // — facts for the 2026 statutory batch C —
  // — facts for the 2026 statutory batch D —
  careLeaving: {
    label: a('보호종료 이력 (자립수당 요건)', 'leaving-care record (self-reliance allowance)'),
    agency: a(
      '보건복지부·아동권리보장원(자립지원 전산)',
      'Ministry of Health and Welfare / National Center for the Rights of the Child',
    ),
    value: z.strictObject({
      /** expiry: care ended at the age limit; extension: ended after an extended stay; early: ended before 18 (e.g. returned home). */
      endKind: z.enum(['expiry', 'extension', 'early']),
      /** Full years of age on the leaving date (fosterCare.leftCareOn). */
      ageAtEnd: z.number().int().min(0).max(30),
      /** Continuous months in care up to leaving, counted by the calendar months of start and end. */
      continuousCareMonths: z.number().int().min(0).max(360),
    }),
    whenAbsent: 'unknown',
  },
  selfSufficiencyExit: {
    label: a(
      '자활근로 후 탈수급 (자활성공지원금 요건)',
      'left the livelihood benefit after self-sufficiency work',
    ),
    agency: a(
      '시군구·한국자활복지개발원(자활정보시스템)',
      'Local government / Korea Development Institute for Self-sufficiency and Welfare',
    ),
    value: z.strictObject({
      /** Took part in self-sufficiency work (자활근로사업) while receiving the livelihood benefit. */
      selfSufficiencyWork: z.boolean(),
      /** Left the livelihood benefit through a job or business in the private market (민간시장 취·창업). */
      privateMarketJob: z.boolean(),
      /** Months in that job or business since leaving, as confirmed by the local government. */
      monthsInWork: z.number().int().min(0).max(600),
    }),
    whenAbsent: 'unknown',
  },
  funeral: {
    label: a(
      '장제 실시 (사망자의 수급·의사자 여부)',
      'holds the funeral of a deceased person (their benefits, righteous status)',
    ),
    agency: a(
      '행정안전부(사망신고)·사회보장정보시스템(급여이력)',
      'Ministry of the Interior and Safety (death registration) / social security information system (benefit history)',
    ),
    value: z.strictObject({
      diedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      /** Programs the deceased received at death (Bokjiro ids, as in programRecipient). */
      programs: z.array(z.string().max(40)).max(100),
      /** The deceased is recognised as a righteous person who died (의사자). */
      righteous: z.boolean().optional(),
    }),
    whenAbsent: 'no',
  },
  // — facts for the 2026 statutory batch E —
  // — facts for the 2026 statutory batch F —
  professionalBusiness: {
    label: a('전문직 사업 영위', 'runs a professional business (전문직 사업자)'),
    agency: a('국세청(사업자등록 업종)', 'National Tax Service (business registration, trade code)'),
    value: flag,
    whenAbsent: 'no',
  },
  homeFloorArea: {
    label: a('거주(임차) 주택 전용면적 (㎡)', 'floor area of the (rented) home lived in (m²)'),
    agency: a(
      '국토교통부(건축물대장·주택임대차 신고)',
      'Ministry of Land, Infrastructure and Transport (building register, lease reports)',
    ),
    value: z.strictObject({ m2: z.number().min(0).max(10_000) }),
    whenAbsent: 'unknown',
  },
} as const satisfies Record<string, FactKindDefinition>;

export type FactKind = keyof typeof factKinds;
export type FactValue<K extends FactKind> = z.infer<(typeof factKinds)[K]['value']>;
/** A multi-source fact's value as read: each field its value, or the list of several (`mergeFactValues`). */
type Merged<V> = V extends object ? { [F in keyof V]: V[F] | string[] } : V;
export type FactMap = {
  [K in FactKind]?: (typeof factKinds)[K] extends { multiSource: true } ? Merged<FactValue<K>> : FactValue<K>;
};

export const factKindIds = Object.keys(factKinds) as FactKind[];

/** The fact kinds several registries deliver at once, sorted (`FactKindDefinition.multiSource`). */
export const multiSourceFactKinds: FactKind[] = factKindIds
  .filter((k) => (factKinds[k] as FactKindDefinition).multiSource === true)
  .sort();

/**
 * The value of a multi-source fact held from several registries at once: a field on which the
 * values agree keeps its value; a field on which they differ (or that some lack) becomes the
 * sorted list of the distinct values given, as text (`crisis.kind`: `['illness',
 * 'utilityCutoff']`). A flag fact (`true`) stays `true`. The result does not depend on the order
 * of `values`, so every path that reads the same records builds the same value.
 */
export function mergeFactValues(values: readonly unknown[]): unknown {
  if (values.length === 1) return values[0];
  const objects = values.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
  if (objects.length === 0) return values[0];
  const fields = [...new Set(objects.flatMap((o) => Object.keys(o)))].sort();
  const merged: Record<string, unknown> = {};
  for (const f of fields) {
    const given = objects.map((o) => o[f]).filter((v) => v !== undefined);
    const first = JSON.stringify(given[0]);
    if (given.length === objects.length && given.every((v) => JSON.stringify(v) === first)) {
      merged[f] = given[0];
      continue;
    }
    const texts = new Set<string>();
    for (const v of given) for (const x of Array.isArray(v) ? v : [v]) texts.add(String(x));
    merged[f] = [...texts].sort();
  }
  return merged;
}

/**
 * The values of multi-source facts, one per stream (`[kind, value]`, in any order), as fact-map
 * entries: each kind's values merged (`mergeFactValues`).
 */
export function mergeFactStreams(
  streams: Iterable<readonly [kind: string, value: unknown]>,
): Record<string, unknown> {
  const byKind = new Map<string, unknown[]>();
  for (const [kind, value] of streams) {
    const values = byKind.get(kind);
    if (values) values.push(value);
    else byKind.set(kind, [value]);
  }
  const facts: Record<string, unknown> = {};
  for (const [kind, values] of byKind) facts[kind] = mergeFactValues(values);
  return facts;
}
