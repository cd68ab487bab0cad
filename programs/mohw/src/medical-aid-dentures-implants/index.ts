import {
  all,
  cmp,
  defineProgram,
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

const record: Source = {
  title: '복지로 의료급여 틀니·치과임플란트 (WLF00001169) 2026 상세',
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
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 65 }, sources: [record] },
    ],
  },
  {
    id: 'medicalAidDenturesImplants.dentureCopay',
    label: {
      ko: '틀니 본인부담률 (급여비용총액의, 의료급여 종별)',
      en: 'denture copay rate (by medical-aid type)',
    },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'byKey', values: { type1: 0.05, type2: 0.15 } }, sources: [book] },
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { type1: 0.05, type2: 0.15 } },
        sources: [record],
      },
    ],
  },
  {
    id: 'medicalAidDenturesImplants.implantCopay',
    label: {
      ko: '임플란트 본인부담률 (급여비용총액의, 의료급여 종별)',
      en: 'implant copay rate (by medical-aid type)',
    },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'byKey', values: { type1: 0.1, type2: 0.2 } }, sources: [book2] },
      { from: '2026-01-01', value: { type: 'byKey', values: { type1: 0.1, type2: 0.2 } }, sources: [record] },
    ],
  },
  {
    id: 'medicalAidDenturesImplants.implantLifetimeMax',
    label: { ko: '임플란트 평생 급여 개수 (1인당)', en: 'implants covered per lifetime' },
    unit: 'count',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [book2] },
      { from: '2026-01-01', value: { type: 'scalar', value: 2 }, sources: [record] },
    ],
  },
  {
    id: 'medicalAidDenturesImplants.dentureIntervalYears',
    label: {
      ko: '동일부위·동일종류 틀니 급여 주기 (년에 1회)',
      en: 'dentures of the same kind for the same jaw: once per (years)',
    },
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 7 },
        sources: [record],
        note: '구강상태의 심각한 변화(의학적 소견)나 천재지변 등 부득이한 사유가 있으면 7년 이내 재제작 가능',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001169',
  version: '2026.1',
  name: t('의료급여 틀니·치과임플란트', 'Medical aid dentures and dental implants'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [
    t('의료급여법 시행령', 'Enforcement Decree of the Medical Aid Act'),
    t('의료급여법 시행규칙', 'Enforcement Rules of the Medical Aid Act'),
    t('의료급여수가의 기준 및 일반기준', 'Medical aid fee standards and general criteria'),
  ],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'once',
  summary: t(
    '65세 이상 의료급여 수급권자에게 틀니와 치과임플란트(부분 무치악, 평생 2개)를 의료급여로 제공합니다.',
    'Medical aid recipients aged 65 and over get dentures, and dental implants (partly toothless, 2 per lifetime), under medical aid.',
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
  ),
  benefit: {
    description: t(
      '틀니(레진상·금속상 완전틀니, 클라스프 부분틀니, 사전 임시 틀니, 사후 유지관리; 동일부위·동일종류 7년에 1회): 본인부담 급여비용총액의 1종 5%, 2종 15%. 치과임플란트(65세 이상 부분 무치악, 완전 무치악 제외; 1인당 평생 2개, PFM·지르코니아 크라운, 앞니·어금니 모두): 1종 10%, 2종 20%. 의료급여 진료절차(1차→2차→3차) 준용',
      'Dentures (resin or metal full dentures, clasp partial dentures, temporary dentures, aftercare; once in 7 years for the same jaw and kind): copay 5% of the total (type 1) or 15% (type 2). Dental implants (65+ and partly toothless, not fully toothless; 2 per lifetime, PFM or zirconia crowns, front and back teeth): 10% (type 1) or 20% (type 2). The medical-aid referral steps apply',
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
  sources: [record, book, book2],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
