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
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 어업인 안전보험 (WLF00005446), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005446&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「어업인 안전보험」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'fisherSafetyInsurance.minAge',
    label: t('가입 최저 연령', 'minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [booklet] }],
  },
  {
    id: 'fisherSafetyInsurance.maxAge',
    label: t('가입 최고 연령 (이하)', 'maximum age (inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 87 }, sources: [booklet] }],
  },
  {
    id: 'fisherSafetyInsurance.supportRate',
    label: t('보험료 지원율', 'premium support rate'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
  {
    id: 'fisherSafetyInsurance.supportRateLowIncome',
    label: t('보험료 지원율 (기초생활수급자·차상위계층)', 'premium support rate (NBLSS and near-poor)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.7 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00005446',
  version: '2026.1',
  name: t('어업인 안전보험', 'Fishers’ safety insurance premium support'),
  ministry: '해양수산부',
  bureau: '소득복지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '산재보험·어선원재해보상보험 가입대상에서 제외된 만 15~87세 어업인과 어업근로자(소금제조 종사자 포함)가 어업작업 재해에 대비해 가입하는 어업인안전보험의 보험료 50%(기초생활수급자·차상위계층 70%)를 정부가 지원합니다.',
    'Fishers and fishery workers aged 15 to 87 (including salt makers) not covered by industrial-accident or fishing-crew insurance get 50% of their fishery-work accident insurance premium paid by the government (70% for NBLSS recipients and the near-poor).',
  ),
  criteria: all(
    undefined,
    cmp(t('만 15세 이상', 'aged 15 or over'), v('person.age'), '>=', param('fisherSafetyInsurance.minAge')),
    cmp(t('만 87세 이하', 'aged 87 or under'), v('person.age'), '<=', param('fisherSafetyInsurance.maxAge')),
    any(
      t('어업인 또는 어업근로자 (소금제조 종사자 포함)', 'fisher or fishery worker (including salt makers)'),
      cmp(
        t('어업인 (어업경영체 등록)', 'fisher (fishery registry)'),
        fact('farmerFisher', 'kind'),
        '==',
        lit('fisher'),
      ),
      judgement(
        t('어업근로자·소금제조 종사자', 'fishery worker or salt maker'),
        t('어업 종사 확인 (수협 회원조합)', 'proof of fishery work (fisheries cooperative)'),
      ),
    ),
    judgement(
      t(
        '산재보험·어선원재해보상보험 미가입 (국비 지원 요건)',
        'not covered by industrial-accident or fishing-crew insurance (condition for state support)',
      ),
      t(
        '산재보험·어선원보험 가입 여부 (가입자는 보험료 국비 지원 불가)',
        'industrial-accident or crew insurance membership (members get no state premium support)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '보험료의 50% 정부 지원 (기초생활수급자·차상위계층 70%)',
      'government pays 50% of the premium (70% for NBLSS recipients and the near-poor)',
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
