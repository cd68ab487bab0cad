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
  title: '복지로 시설 퇴소청소년 자립지원수당 지급 (WLF00001146), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001146&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「청소년쉼터」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'youthShelterLeaver.minLeavingAge',
    label: t('퇴소 연령 (만 18세 이후)', 'leaving age (18 or older)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'youthShelterLeaver.lookbackYears',
    label: t('보호기간 산정 기간 (퇴소일 기준 과거)', 'look-back period for protection (before leaving)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'youthShelterLeaver.minProtectedYears',
    label: t('최소 보호기간', 'minimum protection period'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'youthShelterLeaver.continuousMonths',
    label: t('퇴소 직전 연속 보호기간', 'continuous protection before leaving'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001146',
  version: '2026.1',
  name: t('시설 퇴소청소년 자립지원수당 지급', 'Self-reliance allowance for youth leaving shelters'),
  ministry: '성평등가족부',
  bureau: '청소년자립지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '만 18세 이후 청소년쉼터에서 퇴소한 청소년(2021년 1월 이후 퇴소)으로서 퇴소일 기준 과거 3년 동안 쉼터 입소기간과 청소년자립지원관 사례관리 기간을 합해 2년 이상 보호받은(직전 6개월 연속) 청소년에게 자립지원수당을 지급합니다.',
    'Youth who left a youth shelter at 18 or older (from January 2021) and were protected for at least 2 of the 3 years before leaving (shelter stays and self-reliance-centre case management combined, the last 6 months continuously) receive a self-reliance allowance.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 18세 이상 (만 18세 이후 퇴소)', 'aged 18 or over (left at 18 or older)'),
      v('person.age'),
      '>=',
      param('youthShelterLeaver.minLeavingAge'),
    ),
    judgement(
      t('쉼터 퇴소 및 보호기간 요건', 'shelter leaving and protection-period requirement'),
      t(
        '퇴소일(2021년 1월 이후, 만 18세 이후)과 과거 3년 중 2년 이상 보호(직전 6개월 연속) 여부 (최근 이용 청소년쉼터 확인)',
        'leaving date (from January 2021, at 18 or older) and protection for 2 of the past 3 years with the last 6 months continuous (the shelter last used)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '자립지원수당 (월 지급; 금액은 출처에 없음). 신청: 가장 최근 이용한 청소년쉼터',
      'self-reliance allowance (monthly; the sources state no amount). Apply at the shelter last used',
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
