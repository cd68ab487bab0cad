import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
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

const catalogue: Source = {
  title: '복지로 한부모가족복지시설 지원 (WLF00000091), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000091&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「한부모가족 복지시설 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'singleParentFacility.incomeShare',
    label: t('소득인정액 기준 (기준 중위소득 대비)', 'income-recognized limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet] }],
  },
  {
    id: 'singleParentFacility.childAgeLimit',
    label: t('자녀 연령 (만 나이 미만)', 'child age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'singleParentFacility.childAgeLimitStudent',
    label: t('취학 중 자녀 연령 (만 나이 미만)', 'age limit for children in school (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 22 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000091',
  version: '2026.1',
  name: t('한부모가족복지시설 지원', 'Welfare facilities for single-parent families'),
  ministry: '성평등가족부',
  bureau: '가족지원과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['infant', 'child', 'teen', 'youth'],
  situations: ['singleParent'],
  provision: 'facility',
  cycle: 'asNeeded',
  summary: t(
    '소득인정액이 기준 중위소득 100% 이하이고 18세(취학 중 22세) 미만 아동을 양육하는 무주택 한부모가족(위기임산부는 소득 무관)이 일정 기간 한부모가족복지시설에 거주하며 주거·자립·심리치료·의료 지원을 받습니다.',
    'Homeless single-parent families raising children under 18 (under 22 if in school) with an income-recognized amount at most 100% of the median (pregnant women in crisis regardless of income) may live in single-parent family facilities for a period and get housing, self-reliance, therapy and medical support.',
  ),
  criteria: any(
    undefined,
    all(
      t('저소득 무주택 한부모가족', 'low-income homeless single-parent family'),
      someMember(
        t('한부모가족 지원 대상 가구원', 'a household member certified as a single-parent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('18세(취학 중 22세) 미만 자녀를 양육', 'raising a child under 18 (under 22 if in school)'),
        all(
          undefined,
          cmp(
            t('자녀 또는 손자녀', 'child or grandchild'),
            v('person.relation'),
            'in',
            lit(['child', 'grandchild']),
          ),
          any(
            t('만 18세 미만 (취학 중이면 만 22세 미만)', 'under 18 (under 22 if in school)'),
            cmp(
              t('만 18세 미만', 'under 18'),
              v('person.age'),
              '<',
              param('singleParentFacility.childAgeLimit'),
            ),
            all(
              t('취학 중이고 만 22세 미만', 'in school and under 22'),
              cmp(t('취학 중', 'in school'), fact('student'), '==', lit(true)),
              cmp(
                t('만 22세 미만', 'under 22'),
                v('person.age'),
                '<',
                param('singleParentFacility.childAgeLimitStudent'),
              ),
            ),
          ),
        ),
      ),
      cmp(
        t(
          '가구 소득인정액이 기준 중위소득 100% 이하',
          'household income-recognized amount at most 100% of the median',
        ),
        v('household.incomeRecognized.nblss'),
        '<=',
        mul(
          t('기준 중위소득 × 100%', 'median income × 100%'),
          param('median.income', { by: 'household.size' }),
          param('singleParentFacility.incomeShare'),
        ),
      ),
      noMember(
        t('무주택 (주택을 소유한 가구원 없음)', 'homeless (no member owns a home)'),
        cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
      ),
    ),
    someMember(
      t('위기임산부 (소득 무관)', 'pregnant woman in crisis (no income test)'),
      all(
        undefined,
        cmp(t('임신', 'pregnant'), fact('pregnancy'), '==', lit(true)),
        judgement(
          t('위기임산부 해당', 'pregnant woman in crisis'),
          t(
            '위기임산부 여부 (시군구 한부모가족 담당부서 판단)',
            'whether she is a pregnant woman in crisis (local single-parent family office)',
          ),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '주거(숙식) 제공, 자립(직업·양육교육 등), 심리치료, 의료혜택 지원 (시설 유형에 따라 다름)',
      'housing (room and board), self-reliance (job and parenting education), therapy and medical support (by facility type)',
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
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
