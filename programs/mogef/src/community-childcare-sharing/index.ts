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
  title: '복지로 공동육아나눔터 운영 (WLF00000028), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000028&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「공동육아나눔터 운영」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000028',
  version: '2026.1',
  name: t('공동육아나눔터 운영', 'Community childcare sharing centres'),
  ministry: '성평등가족부',
  bureau: '가족친화서비스과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['infant', 'child'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '부모 등 보호자와 자녀에게 가족센터의 육아 공간과 돌봄 프로그램을 제공하고 이웃 간 자녀 돌봄 품앗이 활동을 지원합니다.',
    'Parents and other carers and their children get childcare space and programmes at family centres and support for neighbourhood childcare-sharing groups.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('자녀(손자녀)가 있는 가구', 'a household with children (or grandchildren)'),
      cmp(
        t('자녀 또는 손자녀', 'child or grandchild'),
        v('person.relation'),
        'in',
        lit(['child', 'grandchild']),
      ),
    ),
    judgement(
      t('돌봄이 필요한 자녀와 보호자', 'children who need care and their carers'),
      t(
        '자녀의 연령·돌봄 필요 (가족센터 확인; 출처에 연령 기준 없음)',
        'children’s age and care needs (family centre; the sources give no age limit)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '육아 공간 및 돌봄 프로그램 제공, 이웃 간 자녀 돌봄 품앗이 활동 지원 (시군구 가족센터)',
      'childcare space and programmes, neighbourhood childcare-sharing groups (family centres)',
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
