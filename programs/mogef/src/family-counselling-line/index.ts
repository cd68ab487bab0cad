import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 가족전용상담전화 (WLF00006315), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006315&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「가족상담전화(1644-6621)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006315',
  version: '2026.1',
  name: t('가족전용상담전화', 'Family counselling line (1644-6621)'),
  ministry: '성평등가족부',
  bureau: '가족정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['multicultural', 'multiChild'],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '미혼모·부, 한부모 등 모든 가족에게 임신·출산 갈등상담, 양육비 상담, 한부모가족 정책 정보, 가족갈등 심리정서 지원 등 가족 상담을 제공합니다.',
    'All families, including unmarried and single parents, get counselling on pregnancy and birth conflicts, child support, single-parent family policies and family conflict.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '가족 (미혼모·부, 한부모 등 모든 가족)',
        'a family (unmarried and single parents and all other families)',
      ),
      cmp(
        t('임신 (임신·출산 갈등 상담)', 'pregnant (pregnancy and birth counselling)'),
        fact('pregnancy'),
        '==',
        lit(true),
      ),
      cmp(t('한부모가족', 'single-parent family'), fact('singleParentFamily'), '==', lit(true)),
      someMember(
        t('함께 사는 가족이 있음', 'lives with family members'),
        cmp(
          t('가족 관계', 'family relation'),
          v('person.relation'),
          'in',
          lit([
            'head',
            'spouse',
            'child',
            'childInLaw',
            'parent',
            'parentInLaw',
            'grandchild',
            'grandparent',
            'sibling',
          ]),
        ),
        { excludeSubject: true },
      ),
    ),
    judgement(
      t('상담 필요', 'needs counselling'),
      t(
        '상담 요청 (☎1644-6621, 온라인·카카오톡)',
        'a request for counselling (☎1644-6621, online, KakaoTalk)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '임신·출산 갈등상담, 양육비 상담, 한부모가족 상담, 가족서비스 상담 (전화·온라인·카카오톡)',
      'pregnancy and birth conflict counselling, child-support counselling, single-parent family counselling, family service counselling (phone, online, KakaoTalk)',
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
