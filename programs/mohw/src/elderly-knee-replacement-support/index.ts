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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 노인 무릎인공관절 수술 지원 사업 (WLF00001179), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001179&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노인 무릎인공관절 수술 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'elderlyKneeReplacementSupport.minAge',
    label: { ko: '대상 연령 (만 나이 이상)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [book] }],
  },
  {
    id: 'elderlyKneeReplacementSupport.capPerKnee',
    label: { ko: '본인부담금 지원 한도 (한쪽 무릎 기준)', en: 'copay cap (per knee)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1200000 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001179',
  version: '2026.1',
  name: t('노인 무릎인공관절 수술 지원 사업', 'Knee replacement surgery for older people'),
  ministry: '보건복지부',
  bureau: '노인건강과',
  legalBasis: [t('노인복지법', 'Welfare of Older Persons Act')],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'once',
  summary: t(
    '무릎관절수술 지원을 통해 노인 건강을 보장하고 의료비 부담을 경감합니다.',
    'Supports knee joint surgery, protecting older people’s health and easing medical costs.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 60세 이상', 'aged 60 or over'),
      v('person.age'),
      '>=',
      param('elderlyKneeReplacementSupport.minAge'),
    ),
    any(
      t('기초생활수급자·차상위계층·한부모가족', 'NBLSS recipient, near-poor or single-parent family'),
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
      someMember(
        t('한부모가족', 'single-parent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
    ),
    judgement(
      t(
        '건강보험 ‘인공관절 치환술(무릎관절)’ 인정 기준에 준하는 질환',
        'condition meeting the health-insurance criteria for knee replacement',
      ),
      t(
        '진단서·검사 결과 (노인의료나눔재단 심사)',
        'diagnosis and test results (Senior Medical Sharing Foundation review)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '검사비·진료비·수술비 본인부담금 지원 (한쪽 무릎 기준 120만 원). 수술과 무관한 검사·치료비, 간병비·상급병실료 등 비급여, 지원 결정 전 진료비 제외',
      'Copays for tests, treatment and surgery (up to 1,200,000 per knee). Unrelated tests, non-covered items such as carers and private rooms, and costs before the decision are excluded',
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
      { id: 'diagnosis', label: t('진단서', 'medical certificate'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
