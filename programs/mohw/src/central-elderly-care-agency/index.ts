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
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 중앙노인돌봄지원기관 운영지원 (WLF00001181), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001181&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「노인맞춤돌봄서비스」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'centralElderlyCareAgency.minAge',
    label: { ko: '대상 연령 (만 나이 이상)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001181',
  version: '2026.1',
  name: t('중앙노인돌봄지원기관 운영지원', 'Central agency for customised elderly care'),
  ministry: '보건복지부',
  bureau: '노인정책과',
  legalBasis: [t('노인복지법', 'Welfare of Older Persons Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: [],
  provision: 'cash',
  cycle: 'quarterly',
  summary: t(
    '중앙노인돌봄지원기관 수탁운영 법인을 지원하여 노인맞춤돌봄서비스 등의 원활한 추진을 도모합니다.',
    'Funds the corporation running the central elderly-care agency so that the customised elderly care service and related programmes run smoothly (eligibility of the customised care service).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 65세 이상', 'aged 65 or over'),
      v('person.age'),
      '>=',
      param('centralElderlyCareAgency.minAge'),
    ),
    any(
      t('기초생활수급자·차상위계층·기초연금 수급자', 'NBLSS recipient, near-poor or Basic Pension recipient'),
      cmp(
        t('생계급여 수급', 'livelihood benefit recipient'),
        receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('의료급여 수급', 'medical aid recipient'),
        receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('주거급여 수급', 'housing benefit recipient'),
        receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('교육급여 수급', 'education benefit recipient'),
        receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
      cmp(
        t('기초연금 수급', 'Basic Pension recipient'),
        receives('WLF00001164', t('기초연금 수급', 'Basic Pension recipient'), 'person'),
        '==',
        lit(true),
      ),
    ),
    judgement(
      t(
        '독거·조손가구 등 돌봄이 필요함 (선정도구로 우선순위 선정)',
        'needs care (living alone, with grandchildren, …; ranked with the selection tool)',
      ),
      t(
        '대상자 선정조사 (신체·정신·사회참여 영역 취약요인)',
        'selection assessment (physical, mental and social vulnerability)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '노인맞춤돌봄서비스: 안전지원(방문·전화·ICT), 사회참여, 생활교육, 일상생활 지원(외출동행·가사)과 연계·특화서비스. 돌봄 필요도에 따라 제공시간·내용이 다름',
      'Customised elderly care: safety checks (visits, calls, ICT), social participation, health and life education, daily-life help (escort, housework), plus linked and specialised services; hours depend on need',
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
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00001164', 'WLF00003201'],
  parameters,
  cases,
});
