import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 가정폭력·성폭력 등 폭력 피해자 무료법률지원 (WLF00001072), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001072&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「가정폭력·성폭력·스토킹 피해자 무료 법률 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001072',
  version: '2026.1',
  name: t(
    '가정폭력·성폭력 등 폭력 피해자 무료법률지원',
    'Free legal aid for victims of domestic and sexual violence, stalking and dating violence',
  ),
  ministry: '성평등가족부',
  bureau: '친밀관계폭력방지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '가정폭력·성폭력·스토킹·교제폭력 등의 피해자(국내 거주 외국여성 포함)로 법률적 도움이 필요한 사람에게 상담과 민사·가사 소송대리, 형사 소송 등을 무료로 지원합니다.',
    'Victims of domestic or sexual violence, stalking or dating violence (including foreign women living in Korea) who need legal help get free legal counselling and representation in civil, family and criminal cases.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '가정폭력·성폭력·학대 등 폭력 피해 (위기사유)',
        'victim of domestic or sexual violence or abuse (crisis record)',
      ),
      fact('crisis', 'kind'),
      'in',
      lit(['violence', 'abuse']),
    ),
    judgement(
      t('폭력 피해와 관련한 법률적 도움 필요', 'needs legal help related to the violence'),
      t(
        '법률 지원 필요와 신청 (대한법률구조공단 등 수행기관 상담)',
        'need for legal help (legal aid bodies such as the Korea Legal Aid Corporation)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '폭력피해 관련 법률상담, 민사·가사 소송대리 및 형사 소송 등 무료 지원 (대한법률구조공단 ☎132 등)',
      'free legal counselling and representation in civil, family and criminal cases (Korea Legal Aid Corporation ☎132 and others)',
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
