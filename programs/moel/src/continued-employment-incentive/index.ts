import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 고령자 계속고용장려금 (WLF00006238), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006238&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「고령자 계속고용장려금」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'continuedEmployment.perWorkerQuarterly',
    label: t('계속 고용된 근로자 1인당 지원금 (분기)', 'subsidy per worker kept on (per quarter)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 900_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00006238',
  version: '2026.1',
  name: t('고령자 계속고용장려금', 'Continued employment incentive for workers past retirement age'),
  ministry: '고용노동부',
  bureau: '고령사회인력정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'quarterly',
  summary: t(
    '정년에 도달한 근로자를 정년 이후에도 계속 고용하는 제도를 운영하는 사업주에게 비용의 일부를 지원하여 고령자가 주된 일자리에서 계속 근로할 수 있도록 하는 사업입니다.',
    'Pays part of the costs of employers who keep workers on after they reach the retirement age, so that older people can keep working in their main job.',
  ),
  criteria: all(
    undefined,
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '정년을 운영하는 고용보험 가입 우선지원대상기업·중견기업·사회적기업 사업주가 정년에 도달한 이 근로자를 정년 이후에도 계속 고용',
        'an insured priority-support, mid-sized or social-enterprise employer with a retirement age keeps this worker on after reaching it',
      ),
      t(
        '사업장 정년 제도와 계속고용 여부 (고용24)',
        'the employer’s retirement age and continued employment (Work24)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '정년 이후 계속 고용된 근로자 1인당 분기별 90만 원을 사업주에게 지원',
      'The employer receives 900,000 per quarter for each worker kept on after the retirement age',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
