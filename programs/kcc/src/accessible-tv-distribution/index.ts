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
  title: '복지로 시각·청각장애인용 TV 보급사업 (WLF00000104), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000104&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「소외계층 방송접근권 보장사업 (시각·청각장애인용 TV보급)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000104',
  version: '2026.1',
  name: t('시각·청각장애인용 TV 보급사업', 'Accessible TVs for blind and deaf people'),
  ministry: '방송통신위원회',
  bureau: '미디어다양성정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran', 'disability', 'lowIncome'],
  provision: 'inKind',
  cycle: 'once',
  summary: t(
    '시각·청각 장애인이 비장애인과 동등한 조건에서 방송매체에 접근할 수 있도록 장애인용 맞춤형 TV를 보급하여 방송소외계층의 방송접근권을 보장합니다.',
    'Supplies TVs tailored to blind and deaf people so that they can use broadcasting on equal terms with others, guaranteeing their access to broadcasting.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('시각장애 또는 청각장애', 'visual or hearing impairment'),
      fact('disability', 'type'),
      'in',
      lit(['시각', '청각']),
    ),
    judgement(
      t('보급 대상자 선정 (신청 후 선정)', 'selection for a TV (applications are selected)'),
      t('신청·선정 (시청자미디어재단)', 'application and selection (Community Media Foundation)'),
    ),
  ),
  benefit: {
    description: t(
      '장애인방송(폐쇄자막·화면해설·한국수어)을 편리하게 시청할 수 있는 시각·청각장애인용 TV 보급',
      'A TV designed for blind and deaf viewers (closed captions, audio description, Korean Sign Language)',
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
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
