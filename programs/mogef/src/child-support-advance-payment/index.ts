import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 양육비 선지급 (WLF00005856), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005856&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00005856',
  version: '2026.1',
  name: t('양육비 선지급', 'Advance payment of child support by the state'),
  ministry: '성평등가족부',
  bureau: '가족지원과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['infant', 'child', 'teen', 'youth'],
  situations: ['singleParent'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '한부모가족 등 양육비를 받지 못하는 가족에게 국가가 먼저 양육비를 지급하고 추후 양육비 채무자에게서 회수합니다. 소득 기준과 지급액은 검토한 출처에 없습니다.',
    'The state pays child support in advance to single-parent families and others who do not receive it and recovers it from the debtor later. The sources read give no income limit or amount.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('자녀를 양육하는 가구', 'a household raising children'),
      cmp(
        t('자녀 또는 손자녀', 'child or grandchild'),
        v('person.relation'),
        'in',
        lit(['child', 'grandchild']),
      ),
    ),
    judgement(
      t(
        '양육비를 받지 못하는 한부모가족 등 (선지급 요건)',
        'single-parent family or similar not receiving child support (advance-payment conditions)',
      ),
      t(
        '양육비 채권(판결·조정 등)과 미지급 사실, 선지급 요건 (양육비이행관리원; 출처에 소득·금액 기준 없음)',
        'child-support claim and non-payment, and the advance-payment conditions (Child Support Agency; the sources give no income limit or amount)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '국가가 양육비를 먼저 매월 지급하고 채무자에게서 회수 (금액은 출처에 없음)',
      'the state pays child support monthly in advance and recovers it from the debtor (the sources state no amount)',
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
