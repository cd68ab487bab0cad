import {
  all,
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
  title: '복지로 한국형 상병수당 시범사업 (WLF00004997), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004997&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const bokjiro2026: Source = {
  title: '복지로 한국형 상병수당 시범사업 (WLF00004997), 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004997&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'sicknessBenefitPilot.minAge',
    label: t('대상 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 15 }, sources: [bokjiro2026] }],
  },
  {
    id: 'sicknessBenefitPilot.maxAge',
    label: t('대상 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 65 }, sources: [bokjiro2026] }],
  },
  {
    id: 'sicknessBenefitPilot.dailyAmount',
    label: t('상병수당 일액', 'daily sickness benefit'),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 47560 }, sources: [bokjiro2026] }],
  },
  {
    id: 'sicknessBenefitPilot.maxDays',
    label: t('연간 최대 지급일수', 'maximum days paid a year'),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 150 }, sources: [bokjiro2026] }],
  },
  {
    id: 'sicknessBenefitPilot.waitingDays',
    label: t('대기기간 (일)', 'waiting period (days)'),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 7 }, sources: [bokjiro2026] }],
  },
];

export default defineProgram({
  id: 'WLF00004997',
  version: '2026.1',
  name: t('한국형 상병수당 시범사업', 'Korean sickness benefit pilot'),
  ministry: '보건복지부',
  bureau: '건강보험정책국',
  legalBasis: [t('국민건강보험법', 'National Health Insurance Act')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '근로자가 업무 외 질병·부상으로 경제활동이 어려운 경우 치료에 집중할 수 있도록 소득을 보전합니다.',
    'Replaces income so that workers unable to work because of a non-occupational illness or injury can concentrate on treatment.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 15세 이상', 'aged 15 or over'), v('person.age'), '>=', param('sicknessBenefitPilot.minAge')),
    cmp(t('만 65세 미만', 'under 65'), v('person.age'), '<', param('sicknessBenefitPilot.maxAge')),
    cmp(
      t('대한민국 국적', 'Korean nationality'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    cmp(
      t('취업자 (근로자·자영업자 등)', 'in work (employee, self-employed, …)'),
      fact('employment', 'status'),
      'in',
      lit(
        ['employee', 'selfEmployed', 'dailyWorker', 'platformWorker', 'artist', 'farmer'],
        t('취업 상태', 'in work'),
      ),
    ),
    cmp(
      t('구직급여를 받지 않음', 'not receiving unemployment benefit'),
      fact('unemploymentBenefit'),
      '==',
      lit(false),
    ),
    cmp(
      t('생계급여를 받지 않음', 'not receiving the livelihood benefit'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '시범사업 지역 거주 또는 소재 사업장 근로, 업무 외 질병·부상으로 근로 불가 (의료인증)',
        'lives or works in a pilot area and cannot work because of a non-occupational illness or injury (medical certification)',
      ),
      t(
        '거주지·사업장 소재지와 의료인증 심사 (국민건강보험공단)',
        'residence or workplace and the medical certification (NHIS)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '업무와 관련 없는 질병·부상으로 일하지 못한 기간(대기기간 7일 제외)에 일 47,560원, 1년 최대 150일 (모형별 상이)',
      '47,560 a day for days unable to work because of a non-occupational illness or injury (after a 7-day waiting period), up to 150 days a year (varies by pilot model)',
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
  sources: [catalogue, bokjiro2026],
  fidelity: 'summary',
  dependsOn: ['WLF00001132'],
  parameters: parameters,
  cases,
});
