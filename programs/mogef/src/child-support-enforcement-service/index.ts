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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 양육비 이행 원스톱 종합서비스 (WLF00003186), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003186&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「양육비 이행지원 종합서비스」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'childSupportEnforcement.childAgeLimit',
    label: t('자녀 연령 (만 나이 미만)', 'child age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [booklet] }],
  },
  {
    id: 'childSupportEnforcement.childAgeLimitStudent',
    label: t('취학 중 자녀 연령 (만 나이 미만)', 'age limit for children in school (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 22 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003186',
  version: '2026.1',
  name: t('양육비 이행 원스톱 종합서비스', 'One-stop child support enforcement service'),
  ministry: '성평등가족부',
  bureau: '가족지원과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '19세(취학 중 22세) 미만 자녀를 양육하면서 양육비를 받지 못하는 이혼·미혼 한부모·조손 가족에게 양육비이행관리원이 상담, 협의, 소송·추심, 이행 모니터링을 지원합니다.',
    'Divorced or unmarried single parents and grandparent families raising children under 19 (under 22 if in school) who do not receive child support get counselling, negotiation, litigation, collection and compliance monitoring from the Child Support Agency.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('19세(취학 중 22세) 미만 자녀를 양육', 'raising a child under 19 (under 22 if in school)'),
      all(
        undefined,
        cmp(
          t('자녀 또는 손자녀', 'child or grandchild'),
          v('person.relation'),
          'in',
          lit(['child', 'grandchild']),
        ),
        any(
          t('만 19세 미만 (취학 중이면 만 22세 미만)', 'under 19 (under 22 if in school)'),
          cmp(
            t('만 19세 미만', 'under 19'),
            v('person.age'),
            '<',
            param('childSupportEnforcement.childAgeLimit'),
          ),
          all(
            t('취학 중이고 만 22세 미만', 'in school and under 22'),
            cmp(t('취학 중', 'in school'), fact('student'), '==', lit(true)),
            cmp(
              t('만 22세 미만', 'under 22'),
              v('person.age'),
              '<',
              param('childSupportEnforcement.childAgeLimitStudent'),
            ),
          ),
        ),
      ),
    ),
    judgement(
      t(
        '이혼·미혼 한부모·조손 가족으로 양육비를 받지 못함',
        'divorced or unmarried single parent or grandparent family not receiving child support',
      ),
      t(
        '혼인 상태(이혼·미혼), 양육비 채권과 미지급 사실 (양육비이행관리원 상담)',
        'marital status (divorced or unmarried), child-support claim and non-payment (Child Support Agency)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '양육비 관련 상담, 협의, 소송 및 추심, 이행 모니터링까지 맞춤형 종합 지원',
      'counselling, negotiation, litigation and collection of child support, and compliance monitoring',
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
