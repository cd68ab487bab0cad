import {
  all,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 입양아동 양육수당 지원 (WLF00003235), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003235&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「입양아동 지원」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'adoptedChildAllowance.maxAge',
    label: t('지급 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'adoptedChildAllowance.monthly',
    label: t('입양아동 양육수당 (월)', 'adopted-child allowance (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003235',
  version: '2026.1',
  name: t('입양아동 양육수당 지원', 'Child-rearing allowance for adopted children'),
  ministry: '보건복지부',
  bureau: '입양정책팀',
  legalBasis: [t('입양특례법', 'Special Adoption Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '입양아동 양육수당 지원을 통해 입양가정의 경제적 부담을 완화하여 국내입양 활성화 및 아동의 건전한 육성을 도모합니다.',
    'Eases the financial burden of adoptive families through a child-rearing allowance for adopted children, encouraging domestic adoption and the healthy upbringing of children.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('adoptedChildAllowance.maxAge')),
    judgement(
      t('국내 입양아동', 'a domestically adopted child'),
      t('입양 사실 (입양허가·가족관계등록부)', 'adoption record (court approval, family register)'),
    ),
  ),
  benefit: {
    description: t('만 18세 미만 입양아동 1인당 월 20만 원', '200,000 a month per adopted child under 18'),
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
  parameters: parameters,
  cases,
});
