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
  title: '복지로 자활성공지원금 지급·관리 (WLF00006196), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006196&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const bokjiro2026: Source = {
  title: '복지로 자활성공지원금 지급·관리 (WLF00006196), 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006196&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'selfSufficiencySuccess.firstPayment',
    label: t('1회차 지급액 (6개월 근속)', 'first payment (after 6 months in work)'),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 500000 }, sources: [bokjiro2026] }],
  },
  {
    id: 'selfSufficiencySuccess.secondPayment',
    label: t('2회차 지급액 (12개월 근속)', 'second payment (after 12 months in work)'),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 1000000 }, sources: [bokjiro2026] }],
  },
  {
    id: 'selfSufficiencySuccess.firstTenureMonths',
    label: t('1회차 근속 기간 (개월)', 'months in work for the first payment'),
    unit: 'months',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 6 }, sources: [bokjiro2026] }],
  },
  {
    id: 'selfSufficiencySuccess.secondTenureMonths',
    label: t('2회차 근속 기간 (개월)', 'months in work for the second payment'),
    unit: 'months',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 12 }, sources: [bokjiro2026] }],
  },
];

export default defineProgram({
  id: 'WLF00006196',
  version: '2026.1',
  name: t('자활성공지원금 지급·관리', 'Self-sufficiency success bonus'),
  ministry: '보건복지부',
  bureau: '자활정책과',
  legalBasis: [t('국민기초생활 보장법', 'National Basic Living Security Act')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '근로능력 있는 수급자가 자활 참여 후 취·창업 등 장기적 자립까지 연결되도록 취·창업 의지를 고취하고, 일정기간 이상 근속을 유도합니다.',
    'Encourages recipients able to work to move from self-sufficiency work into jobs or businesses and long-term independence, and to stay in work.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('생계급여 탈수급 (현재 생계급여 비수급)', 'has left the livelihood benefit (not receiving it now)'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '자활근로 참여 중이던 생계급여 수급자가 민간시장 취·창업으로 탈수급하고 6개월(1년) 근속',
        'a livelihood recipient in self-sufficiency work who left the benefit through a private job or business and has stayed 6 months (1 year)',
      ),
      t(
        '자활근로 참여 이력, 취·창업 사실과 근속 기간 (시군구)',
        'self-sufficiency work history, the job or business and its duration (local government)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '6개월 근속 시 1회차 50만 원, 추가 6개월(12개월) 근속 시 2회차 100만 원',
      '500,000 after 6 months in work, and 1,000,000 more after 12 months',
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
