import {
  all,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title:
    '복지로 디지털미디어 피해 청소년 회복 지원 사업(청소년 인터넷·스마트폰 과의존 치료비 지원) (WLF00001145), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001145&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「청소년 인터넷·스마트폰 과의존 예방 및 해소 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'digitalMediaYouth.ageLimit',
    label: t('대상 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [booklet] }],
  },
  {
    id: 'digitalMediaYouth.treatmentMax',
    label: t('치료비 한도 (일반)', 'treatment cost cap (general)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 400000 }, sources: [booklet] }],
  },
  {
    id: 'digitalMediaYouth.treatmentMaxVulnerable',
    label: t('치료비 한도 (사회적돌봄대상)', 'treatment cost cap (socially vulnerable)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 600000 }, sources: [booklet] }],
  },
  {
    id: 'digitalMediaYouth.vulnerableIncomeShare',
    label: t(
      '사회적돌봄대상 소득기준 (기준 중위소득 대비)',
      'income limit for the socially vulnerable (share of the median)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001145',
  version: '2026.1',
  name: t(
    '디지털미디어 피해 청소년 회복 지원 사업(청소년 인터넷·스마트폰 과의존 치료비 지원)',
    'Recovery support for youth harmed by digital media (internet and smartphone overuse)',
  ),
  ministry: '성평등가족부',
  bureau: '청소년보호환경과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: [],
  provision: 'service',
  cycle: 'once',
  summary: t(
    '만 19세 미만 청소년에게 인터넷·스마트폰 과의존 상담·치유캠프를 제공하고, 과의존 고위험군의 치료비(일반 최대 40만원, 소득인정액 기준 중위소득 50% 이하 사회적돌봄대상 최대 60만원)를 지원합니다.',
    'Youth under 19 get counselling and healing camps for internet and smartphone overuse; high-risk youth get treatment costs (up to 400,000; up to 600,000 for socially vulnerable youth with income-recognized amount at most 50% of the median).',
  ),
  criteria: all(
    undefined,
    cmp(t('만 19세 미만', 'under 19'), v('person.age'), '<', param('digitalMediaYouth.ageLimit')),
    judgement(
      t('인터넷·스마트폰 과의존 진단', 'internet or smartphone overuse diagnosis'),
      t(
        '과의존 정도 진단평가 결과 (청소년상담복지센터)',
        'overuse assessment result (youth counselling and welfare centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '상담·치유프로그램(인터넷치유캠프, 가족치유캠프; 기초생활수급자·차상위·한부모·다문화 가족 등 무료), 과의존 고위험군 치료비: 일반 최대 40만원, 사회적돌봄대상(소득인정액 중위 50% 이하) 최대 60만원',
      'counselling and healing camps (free for NBLSS, near-poor, single-parent and multicultural families), treatment costs for high-risk youth: up to 400,000, or up to 600,000 for the socially vulnerable (income-recognized amount at most 50% of the median)',
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
