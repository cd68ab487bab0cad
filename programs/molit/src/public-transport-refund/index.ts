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

const bokjiro: Source = {
  title: '복지로 대중교통비 환급 지원(모두의카드) (WLF00005440) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005440&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const p2026 = (
  id: string,
  ko: string,
  en: string,
  unit: ParameterDefinition['unit'],
  value: ParameterDefinition['versions'][number]['value'],
  note?: string,
): ParameterDefinition => ({
  id,
  label: { ko, en },
  unit,
  versions: [{ from: '2026-01-01', value, sources: [bokjiro], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  p2026('publicTransportRefund.minAge', '이용 연령 (만 나이, 이상)', 'minimum age (full years)', 'years', {
    type: 'scalar',
    value: 19,
  }),
  p2026(
    'publicTransportRefund.minMonthlyTrips',
    '월 최소 이용 횟수 (이상)',
    'minimum trips a month',
    'count',
    { type: 'scalar', value: 15 },
  ),
  p2026(
    'publicTransportRefund.refundRate',
    '정률형 환급률 범위 (이용금액 대비)',
    'fixed-rate refund range (share of fares)',
    'ratio',
    { type: 'byKey', values: { min: 0.2, max: 0.533 } },
    '이용자 유형별 환급률은 복지로 기록에 없음',
  ),
  p2026(
    'publicTransportRefund.baseAmount',
    '정액형 기준금액 범위 (월, 초과 지출 전액 환급)',
    'flat-type base amount range (monthly; spending above it is refunded in full)',
    'krw/month',
    { type: 'byKey', values: { min: 30_000, max: 100_000 } },
    '이용자·지역별 기준금액은 복지로 기록에 없음',
  ),
];

export default defineProgram({
  id: 'WLF00005440',
  version: '2026.1',
  name: t('대중교통비 환급 지원(모두의카드)', 'Public Transport Fare Refund (K-Pass, Modu Card)'),
  ministry: '국토교통부',
  bureau: '광역교통경제과',
  // The 2026 record lists no legal basis (baslawList is empty).
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['multicultural', 'lowIncome'],
  provision: 'other',
  cycle: 'monthly',
  summary: t(
    '만 19세 이상 국민(외국인 등록번호가 있는 외국인 포함) 중 월 15회 이상 대중교통을 이용하는 사람에게 이용금액의 20~53.3%(정률형) 또는 기준금액(3~10만원) 초과 지출 전액(정액형) 중 큰 금액을 환급합니다.',
    'People aged 19 or over (nationals, and foreigners with a registration number) who ride public transport 15 or more times a month get back the larger of 20–53.3% of their fares (fixed rate) or everything spent above a base amount of 30,000–100,000 (flat type).',
  ),
  criteria: all(
    undefined,
    cmp(t('만 19세 이상', 'aged 19 or over'), v('person.age'), '>=', param('publicTransportRefund.minAge')),
    any(
      t('국민 또는 외국인 등록번호가 있는 외국인', 'a national, or a foreigner with a registration number'),
      cmp(
        t('대한민국 국적', 'Korean nationality'),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
      cmp(
        t('외국인 등록 (체류 자격 보유)', 'registered foreigner (has a residence status)'),
        fact('foreignResident'),
        '==',
        lit(true),
      ),
    ),
    judgement(
      t('월 15회 이상 대중교통 이용', 'rides public transport 15 or more times a month'),
      t(
        '모두의카드 회원가입과 월별 대중교통 이용 실적',
        'Modu Card registration and the monthly public-transport record',
      ),
    ),
  ),
  benefit: {
    description: t(
      '월 15회 이상 이용한 달에, 정률형 (이용금액의 20%~53.3%)과 정액형 (이용금액이 기준금액 3~10만원을 넘는 지출 전액) 중 시스템이 자동으로 큰 금액을 환급. 이용자 유형별 환급률·기준금액은 기록에 없어 금액은 산정하지 않음',
      'In a month with 15+ rides, the system refunds the larger of the fixed-rate refund (20%–53.3% of fares) and the flat type (everything spent above a base amount of 30,000–100,000). The rates and base amounts by user type are not in the record, so no amount is computed',
    ),
  },
  form: {
    schema: z.object({
      cardCompany: z
        .string()
        .min(1)
        .max(40)
        .meta({ label: t('모두의카드 발급 카드사', 'Modu Card issuer') }),
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인정보 수집·이용 및 제공 동의',
          'consent to the collection, use and sharing of personal data',
        ),
      }),
    }),
    evidence: [
      { id: 'registration', label: t('모두의카드 회원가입', 'Modu Card registration'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
