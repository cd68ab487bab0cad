import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 자활성공지원금 지급·관리 (WLF00006196) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006196&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  {
    id: 'selfSufficiencySuccess.firstPayment',
    label: t('1회차 지급액 (6개월 근속)', 'first payment (after 6 months in work)'),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: scalar(500000), sources: [record] }],
  },
  {
    id: 'selfSufficiencySuccess.secondPayment',
    label: t('2회차 지급액 (12개월 근속)', 'second payment (after 12 months in work)'),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: scalar(1000000), sources: [record] }],
  },
  {
    id: 'selfSufficiencySuccess.firstTenureMonths',
    label: t('1회차 근속 기간 (개월 이상)', 'months in work for the first payment (at least)'),
    unit: 'months',
    versions: [{ from: '2026-01-01', value: scalar(6), sources: [record] }],
  },
  {
    id: 'selfSufficiencySuccess.secondTenureMonths',
    label: t('2회차 근속 기간 (개월 이상)', 'months in work for the second payment (at least)'),
    unit: 'months',
    versions: [
      { from: '2026-01-01', value: scalar(12), sources: [record], note: '추가 6개월 (통산 12개월) 근속' },
    ],
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
      t(
        '① 자활근로사업 참여 이력 (생계급여 수급 중)',
        '① took part in self-sufficiency work (while on the livelihood benefit)',
      ),
      fact('selfSufficiencyExit', 'selfSufficiencyWork'),
      '==',
      lit(true),
    ),
    cmp(
      t('② 민간시장 취·창업', '② a job or business in the private market'),
      fact('selfSufficiencyExit', 'privateMarketJob'),
      '==',
      lit(true),
    ),
    cmp(
      t(
        '③ 생계급여 탈수급 (현재 가구 생계급여 비수급)',
        '③ left the livelihood benefit (the household no longer receives it)',
      ),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(false),
    ),
    cmp(
      t('④ 6개월 이상 근속', '④ at least 6 months in that work'),
      fact('selfSufficiencyExit', 'monthsInWork'),
      '>=',
      param('selfSufficiencySuccess.firstTenureMonths'),
    ),
  ),
  benefit: {
    description: t(
      '6개월 근속 시 1회차 50만원, 추가 6개월(12개월) 근속 시 2회차 100만원 지급. 금액은 확인된 근속 기간에 해당하는 회차',
      '500,000 after 6 months in work, and a second payment of 1,000,000 after 6 more months (12 in all). The amount is the payment due for the confirmed months in work',
    ),
    amount: (ctx) => {
      const months = Number(ctx.fact('selfSufficiencyExit', 'monthsInWork'));
      const second = months >= ctx.param('selfSufficiencySuccess.secondTenureMonths');
      const amountKrw = ctx.param(
        second ? 'selfSufficiencySuccess.secondPayment' : 'selfSufficiencySuccess.firstPayment',
      );
      return {
        amountKrw,
        lines: [
          { label: t('근속 개월 수', 'months in work'), value: months },
          {
            label: t(second ? '2회차 지급액' : '1회차 지급액', second ? 'second payment' : 'first payment'),
            value: amountKrw,
          },
        ],
      };
    },
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
  sources: [record],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132'],
  parameters,
  cases,
});
