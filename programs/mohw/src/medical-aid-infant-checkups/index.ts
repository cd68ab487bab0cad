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

const catalogue: Source = {
  title: '복지로 의료급여수급권자 영유아건강검진비 지원 (WLF00001185), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001185&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「영유아 건강검진」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidInfantCheckups.ageLimit',
    label: { ko: '영유아 연령 (만 나이 미만)', en: 'infant age limit (under, full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [book] }],
  },
  {
    id: 'medicalAidInfantCheckups.checkups',
    label: { ko: '검진 횟수 (월령별)', en: 'number of check-ups (by age in months)' },
    unit: 'count',
    versions: [
      { from: '2024-01-01', value: { type: 'byKey', values: { health: 8, dental: 4 } }, sources: [book] },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001185',
  version: '2026.1',
  name: t('의료급여수급권자 영유아건강검진비 지원', 'Infant health check-ups for medical-aid recipients'),
  ministry: '보건복지부',
  bureau: '건강증진과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: ['infant'],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '의료급여수급권자 영유아 대상 연령별 건강검진을 통해 영유아의 성장·발달 사항을 추적 관리하고 건강증진을 도모합니다.',
    'Tracks the growth and development of infants in medical-aid households through age-specific health check-ups and promotes their health.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급권자 가구', 'medical-aid recipient household'),
      receives('WLF00000102', t('의료급여 수급권자 가구', 'medical-aid recipient household')),
      '==',
      lit(true),
    ),
    cmp(
      t('만 6세 미만 영유아', 'infant under 6'),
      v('person.age'),
      '<',
      param('medicalAidInfantCheckups.ageLimit'),
    ),
  ),
  benefit: {
    description: t(
      '월령별 건강검진 8회·구강검진 4회 비용 전액, 발달선별검사 ‘심화평가권고’ 시 발달정밀검사비 지원',
      'Full cost of 8 health and 4 dental check-ups by age, and in-depth developmental tests after a “further assessment” result',
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
  reviewCycle: 'none',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
