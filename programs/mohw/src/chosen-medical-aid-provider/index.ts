import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 의료급여 선택의료급여기관제 (WLF00003228), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003228&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「선택의료급여기관 제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'chosenMedicalAidProvider.capDaysRegistered',
    label: t(
      '급여 상한일수 (등록 중증·희귀·중증난치·만성고시질환, 질환별 연간)',
      'yearly benefit-day cap per registered severe, rare or designated chronic disease',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 455 }, sources: [booklet] }],
  },
  {
    id: 'chosenMedicalAidProvider.capDaysOther',
    label: t('급여 상한일수 (기타 질환 합산, 연간)', 'yearly benefit-day cap for other diseases combined'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 545 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003228',
  version: '2026.1',
  name: t('의료급여 선택의료급여기관제', 'Chosen medical-aid provider scheme'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural', 'veteran', 'lowIncome'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '의료급여 수급권자에 대한 의료비를 지원하여 저소득층 국민보건 향상과 사회복지 증진에 기여합니다.',
    'Supports the medical costs of medical-aid recipients to improve the health of low-income people and promote social welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '연간 급여 상한일수(질환별 455일, 기타 합산 545일) 초과 예상 등',
        'expected to exceed the yearly benefit-day cap (455 days per disease, 545 for others combined)',
      ),
      t('연간 의료급여 이용일수 (국민건강보험공단)', 'yearly medical-aid days used (NHIS)'),
    ),
  ),
  benefit: {
    description: t(
      '선택한 의료급여기관을 다음 연도 말까지 이용하는 조건으로 당해 연도 급여일수 연장, 1종 수급자는 선택기관 이용 시 본인부담금 전액 면제',
      'Benefit days for the year are extended on condition that the chosen provider is used until the end of the next year; type-1 recipients pay no copayment there',
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
  dependsOn: ['WLF00000102'],
  parameters: parameters,
  cases,
});
