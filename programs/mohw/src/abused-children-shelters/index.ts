import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 학대피해아동 쉼터 설치 및 운영 (WLF00001180), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001180&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「학대피해아동 보호 및 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'abusedChildrenShelters.ageLimit',
    label: { ko: '아동 연령 (만 나이 미만)', en: 'child age limit (under, full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001180',
  version: '2026.1',
  name: t('학대피해아동 쉼터 설치 및 운영', 'Shelters for abused children'),
  ministry: '보건복지부',
  bureau: '아동학대대응과',
  legalBasis: [
    t('아동복지법', 'Child Welfare Act'),
    t(
      '아동학대범죄의 처벌 등에 관한 특례법',
      'Act on Special Cases Concerning the Punishment of Child Abuse Crimes',
    ),
  ],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: [],
  provision: 'facility',
  cycle: 'asNeeded',
  summary: t(
    '학대피해아동에게 보호와 치료, 양육서비스 등을 제공함으로써 심신의 회복과 원가정 복귀를 지원합니다.',
    'Gives abused children protection, treatment and care so that they recover physically and mentally and can return to their families.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('abusedChildrenShelters.ageLimit')),
    cmp(t('학대피해 (위기사유: 학대)', 'abused (crisis: abuse)'), fact('crisis', 'kind'), '==', lit('abuse')),
  ),
  benefit: {
    description: t(
      '아동학대전담공무원 신고접수·현장조사, 아동보호전문기관 상담·심리치료·재학대 방지 사후관리, 학대피해아동쉼터 보호·숙식·상담·치료·학업지도',
      'Reports and investigation by child-abuse officers; counselling, therapy and follow-up by child protection agencies; shelter with board, counselling, treatment and study support',
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
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
