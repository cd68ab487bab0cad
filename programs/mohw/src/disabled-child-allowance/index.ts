import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 장애아동수당 (WLF00003198), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003198&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「장애아동수당」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'disabledChildAllowance.maxAge',
    label: t('지급 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'disabledChildAllowance.studentMaxAge',
    label: t('재학 중인 경우 지급 연령 (만 나이 이하)', 'age limit if in school (up to and including)'),
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 20 },
        sources: [booklet],
        note: '18~20세로서 학교에 재학 중인 경우 졸업하는 월까지',
      },
    ],
  },
  {
    id: 'disabledChildAllowance.severe',
    label: t('중증장애아동수당 (월)', 'severe disabled child allowance (monthly)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { livelihoodMedical: 220000, housingEducationNearPoor: 170000, facility: 90000 },
        },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'disabledChildAllowance.mild',
    label: t('경증장애아동수당 (월)', 'mild disabled child allowance (monthly)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { livelihoodMedical: 110000, housingEducationNearPoor: 110000, facility: 30000 },
        },
        sources: [booklet],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003198',
  version: '2026.1',
  name: t('장애아동수당', 'Disabled Child Allowance'),
  ministry: '보건복지부',
  bureau: '장애인자립기반과',
  legalBasis: [t('장애인복지법 제50조', 'Act on Welfare of Persons with Disabilities art. 50')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '장애로 인하여 생활이 어려운 장애아동이 보다 편안한 생활을 할 수 있도록 지원합니다.',
    'Supports disabled children who live in hardship because of their disability so that they can live more comfortably.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    any(
      t('만 18세 미만, 또는 재학 중인 만 18~20세', 'under 18, or 18–20 and in school'),
      cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('disabledChildAllowance.maxAge')),
      all(
        t('재학 중인 만 20세 이하', 'in school and aged 20 or under'),
        cmp(
          t('만 20세 이하', 'aged 20 or under'),
          v('person.age'),
          '<=',
          param('disabledChildAllowance.studentMaxAge'),
        ),
        cmp(t('재학 중', 'enrolled in school'), fact('student'), '==', lit(true)),
      ),
    ),
    any(
      t('기초생활수급자 또는 차상위계층', 'NBLSS recipient or near-poor'),
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
      someMember(
        t('차상위계층 가구원', 'a certified near-poor member'),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
    ),
    cmp(
      t('장애인연금을 받지 않음', 'not receiving the Disability Pension'),
      receives('WLF00003249', t('장애인연금 수급', 'Disability Pension recipient'), 'person'),
      '==',
      lit(false),
    ),
  ),
  benefit: {
    description: t(
      '중증: 생계·의료급여 수급자 월 22만 원, 주거·교육급여 수급자·차상위 월 17만 원, 보장시설 수급자 월 9만 원. 경증: 월 11만 원 (보장시설 수급자 월 3만 원)',
      'Severe disability: 220,000 a month for livelihood/medical recipients, 170,000 for housing/education recipients and near-poor, 90,000 in facilities. Mild: 110,000 a month (30,000 in facilities)',
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
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089', 'WLF00003249'],
  parameters: parameters,
  cases,
});
