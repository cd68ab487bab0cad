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
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title:
    '복지로 (북한이탈주민)사회보장 지원(수급권자 범위의 특례) (WLF00000782), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000782&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「북한이탈주민 사회보장 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'defectorSocialSecuritySpecialRules.specialPeriodYears',
    label: t(
      '생계·의료급여 특례 기간 (최초 전입일부터)',
      'special-rule period from first residence registration',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
  {
    id: 'defectorSocialSecuritySpecialRules.extraHouseholdMembers',
    label: t(
      '근로무능력가구 가구원 수 가산',
      'members added to the household size for households unable to work',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet] }],
  },
  {
    id: 'defectorSocialSecuritySpecialRules.selfSufficiencyDeferralMonths',
    label: t(
      '근로능력가구 자활사업 참여조건 유예 기간',
      'deferral of the self-sufficiency work condition for households able to work',
    ),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'defectorSocialSecuritySpecialRules.pensionEntryAgeMin',
    label: t(
      '국민연금 특례: 보호결정 당시 연령 (이상)',
      'pension special rule: age at protection decision (from)',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50 }, sources: [booklet] }],
  },
  {
    id: 'defectorSocialSecuritySpecialRules.pensionEntryAgeMax',
    label: t(
      '국민연금 특례: 보호결정 당시 연령 (미만)',
      'pension special rule: age at protection decision (under)',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet] }],
  },
  {
    id: 'defectorSocialSecuritySpecialRules.pensionMinContributionYears',
    label: t('국민연금 특례: 가입 기간', 'pension special rule: contribution period'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000782',
  version: '2026.1',
  name: t(
    '(북한이탈주민)사회보장 지원(수급권자 범위의 특례)',
    'Social security special rules for North Korean defectors',
  ),
  ministry: '통일부',
  bureau: '안전지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '북한에서 남한으로 이주한 주민의 안정적인 정착을 지원합니다.',
    'Supports the stable settlement of people who moved from North Korea to South Korea (special rules on who can receive livelihood and medical benefits).',
  ),
  criteria: all(
    undefined,
    cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
    judgement(
      t(
        '최초 거주지 전입일부터 5년 이내 (특례 적용 기간)',
        'within 5 years of first moving into a residence (the special-rule period)',
      ),
      t('최초 거주지 전입일 (통일부)', 'date of first residence registration (unification ministry)'),
    ),
    any(
      t(
        '생계·의료급여 소득인정액 기준 (근로무능력가구는 가구원 수 + 1명 기준, 부양의무자 기준 미적용)',
        'livelihood/medical benefit income test (households unable to work: size + 1; no support-obligor test)',
      ),
      cmp(
        t(
          '소득인정액 의료급여 선정기준 이하 (가구원 수 기준)',
          'income-recognized amount within the medical-aid threshold for the household size',
        ),
        v('household.incomeRecognized.nblss'),
        '<=',
        param('nblss.threshold.medical', { by: 'household.size' }),
      ),
      judgement(
        t(
          '근로무능력가구: 가구원 수에 1명을 더한 선정기준 적용',
          'households unable to work: the threshold for one more member applies',
        ),
        t(
          '근로능력 판정과 가구원 수 + 1명 기준의 소득인정액 (시군구)',
          'work-capacity assessment and the income test for one more member (local government)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '생계·의료급여 특례 (최초 전입 후 5년): 근로무능력가구는 가구원 수 + 1명 기준 적용·부양의무자 기준 미적용, 근로능력가구는 6개월간 자활사업 참여 조건 유예. 국민연금 특례: 보호결정 당시 만 50~60세 미만이면 가입 기간 5년으로 노령연금 수급',
      'Livelihood and medical benefit special rules (5 years from first residence): households unable to work are assessed as one member larger with no support-obligor test; households able to work get 6 months before the self-sufficiency work condition. Pension special rule: aged 50 to under 60 at the protection decision, an old-age pension after 5 years of contributions',
    ),
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
      {
        id: 'defectorCertificate',
        label: t('북한이탈주민 확인서', 'North Korean defector certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
