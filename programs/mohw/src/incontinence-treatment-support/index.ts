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
  title: '복지로 요실금 치료지원 사업 (WLF00006291), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006291&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const news: Source = {
  title:
    '보은군보건소 요실금 치료비 지원 보도 (보건복지부 요실금 치료 지원사업, 60세 이상 수급자·차상위·한부모가족, 연 100만원)',
  url: 'https://news.sokury.com/article/?src=csti0fzuk',
  status: 'secondary',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'incontinenceTreatment.minAge',
    label: t('대상 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 60 },
        sources: [news],
        note: '2차 출처(보건소 보도). 공식 사업안내 미확인',
      },
    ],
  },
  {
    id: 'incontinenceTreatment.annualCap',
    label: t(
      '연간 지원 한도 (요실금 관련 의료비 본인부담금)',
      'yearly limit (own medical costs for incontinence)',
    ),
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 1000000 },
        sources: [news],
        note: '2차 출처(보건소 보도). 공식 사업안내 미확인',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00006291',
  version: '2026.1',
  name: t('요실금 치료지원 사업', 'Urinary incontinence treatment support for older people'),
  ministry: '보건복지부',
  bureau: '노인건강과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '요실금 진단을 받은 저소득 노인 등을 대상으로 요실금 치료에 필요한 비용 지원을 통해 노인의 삶의 질을 개선하고자 합니다.',
    'Pays the cost of treating urinary incontinence for low-income older people and others diagnosed with it, to improve their quality of life.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 60세 이상', 'aged 60 or over'), v('person.age'), '>=', param('incontinenceTreatment.minAge')),
    any(
      t(
        '기초생활수급자, 차상위계층 또는 한부모가족 지원대상자',
        'NBLSS recipient, near-poor or eligible single-parent family',
      ),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education benefit)',
        ),
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
      ),
      cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      cmp(
        t('한부모가족 지원대상자', 'eligible single-parent family'),
        fact('singleParentFamily'),
        '==',
        lit(true),
      ),
    ),
    judgement(
      t('요실금 진단', 'diagnosed with urinary incontinence'),
      t('요실금 진단서 (의료기관)', 'diagnosis of incontinence (medical provider)'),
    ),
  ),
  benefit: {
    description: t(
      '요실금 관련 검사·약물·수술·물리치료 의료비 본인부담금을 연 100만 원 범위에서 지원 (2차 출처)',
      'Own costs of incontinence tests, drugs, surgery and physiotherapy up to 1,000,000 a year (secondary source)',
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
  sources: [catalogue, news],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters: parameters,
  cases,
});
