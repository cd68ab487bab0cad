import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 의료급여 틀니·치과임플란트 (WLF00001169), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001169&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「노인 틀니 지원」', status: 'official' };
const book2: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노인 치과 임플란트 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidDenturesImplants.minAge',
    label: { ko: '대상 연령 (만 나이 이상)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [book] }],
  },
  {
    id: 'medicalAidDenturesImplants.dentureCopay',
    label: { ko: '틀니 본인부담률 (의료급여 종별)', en: 'denture copay rate (by medical-aid type)' },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'byKey', values: { type1: 0.05, type2: 0.15 } }, sources: [book] },
    ],
  },
  {
    id: 'medicalAidDenturesImplants.implantCopay',
    label: { ko: '임플란트 본인부담률 (의료급여 종별)', en: 'implant copay rate (by medical-aid type)' },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'byKey', values: { type1: 0.1, type2: 0.2 } }, sources: [book2] },
    ],
  },
  {
    id: 'medicalAidDenturesImplants.implantLifetimeMax',
    label: { ko: '임플란트 평생 지원 개수', en: 'implants covered per lifetime' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [book2] }],
  },
];

export default defineProgram({
  id: 'WLF00001169',
  version: '2026.1',
  name: t('의료급여 틀니·치과임플란트', 'Medical aid dentures and dental implants'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'once',
  summary: t(
    '틀니 및 치과임플란트에 대하여 의료급여를 실시하여 65세 이상 노인 수급권자의 경제적 부담을 완화하고 구강건강 향상을 도모합니다.',
    'Covers dentures and dental implants under medical aid, easing the financial burden on recipients aged 65 and over and improving their oral health.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급권자', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('만 65세 이상', 'aged 65 or over'),
      v('person.age'),
      '>=',
      param('medicalAidDenturesImplants.minAge'),
    ),
    judgement(
      t(
        '완전·부분 무치악으로 틀니 또는 임플란트 시술이 필요함',
        'fully or partly toothless and needs dentures or implants',
      ),
      t('치과 진단·대상자 등록', 'dentist’s diagnosis and registration'),
    ),
  ),
  benefit: {
    description: t(
      '완전틀니(레진상·금속상)·부분틀니(고리 유지형 금속상): 본인부담 1종 5%, 2종 15%. 치과 임플란트(부분 무치악, 평생 2개): 1종 10%, 2종 20%',
      'Full dentures (resin or metal base) and partial dentures (clasp-retained metal): copay 5% (type 1) or 15% (type 2). Implants (partly toothless, 2 per lifetime): 10% or 20%',
    ),
  },
  form: {
    schema: z.object({
      treatment: z
        .enum(['fullDenture', 'partialDenture', 'implant'])
        .meta({ label: t('시술 종류', 'treatment') }),
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
  sources: [catalogue, book, book2],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
