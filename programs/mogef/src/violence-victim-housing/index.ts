import {
  all,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 폭력피해자 주거지원 사업 (WLF00001101), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001101&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「폭력 피해여성 주거 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001101',
  version: '2026.1',
  name: t('폭력피해자 주거지원 사업', 'Housing for women victims of violence'),
  ministry: '성평등가족부',
  bureau: '친밀관계폭력방지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability'],
  provision: 'facility',
  cycle: 'once',
  summary: t(
    '가정폭력·성폭력 피해 여성(이주여성 포함)과 동반 가족이 자립할 수 있도록 공동으로 생활할 수 있는 주거 공간을 제공합니다.',
    'Women victims of domestic or sexual violence (including migrant women) and the family members with them get shared housing to support their independence.',
  ),
  criteria: someMember(
    t(
      '가정폭력·성폭력 피해 여성 (본인 또는 동반 가족)',
      'a woman victim of domestic or sexual violence (the person or a family member with her)',
    ),
    all(
      undefined,
      cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
      cmp(
        t(
          '가정폭력·성폭력·학대 등 폭력 피해 (위기사유)',
          'victim of domestic or sexual violence or abuse (crisis record)',
        ),
        fact('crisis', 'kind'),
        'in',
        lit(['violence', 'abuse']),
      ),
    ),
  ),
  benefit: {
    description: t(
      '폭력 피해여성과 그 가족이 공동으로 생활할 수 있는 주거공간 제공',
      'shared housing for women victims and their families',
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
