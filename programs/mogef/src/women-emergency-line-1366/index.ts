import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 여성긴급전화 1366센터 운영 지원 (WLF00001084), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001084&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「여성긴급전화 1366」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001084',
  version: '2026.1',
  name: t('여성긴급전화 1366센터 운영 지원', 'Women’s emergency line 1366'),
  ministry: '성평등가족부',
  bureau: '친밀관계폭력방지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '가정폭력·성폭력·성매매·스토킹·교제폭력·디지털 성범죄 등 여성폭력으로 긴급한 구조·보호 또는 상담이 필요한 여성에게 신고 접수, 긴급상담, 관련 기관 연계, 긴급피난처를 제공합니다.',
    'Women who need urgent rescue, protection or counselling because of violence against women (domestic or sexual violence, prostitution, stalking, dating violence, digital sex crimes) get reporting, emergency counselling, referrals and emergency shelter.',
  ),
  criteria: all(
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
  benefit: {
    description: t(
      '폭력피해 여성 상담·동행 등 현장상담, 상담소·보호시설·경찰·병원·법률기관 연계, 피해자와 동반자녀 긴급피난처 (☎1366)',
      'counselling and accompaniment, referrals to centres, shelters, police, hospitals and legal services, emergency shelter for victims and their children (☎1366)',
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
