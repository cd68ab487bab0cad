import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 국가유공자등생활조정수당 (WLF00000097), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000097&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가유공자 등 생활조정수당」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransLivingAdjustmentAllowance.incomeShare',
    label: t(
      '생활조정수당 소득 기준 (기준 중위소득 대비, 2인 이상)',
      'income limit (share of the median, two or more members)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
  {
    id: 'veteransLivingAdjustmentAllowance.singleThreshold',
    label: t('생활조정수당 1인 가구 기준금액', 'one-person household limit'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1191000 }, sources: [booklet] }],
  },
  {
    id: 'veteransLivingAdjustmentAllowance.obligorExemptAge',
    label: t('부양의무자 기준 미적용 연령', 'age from which no support-obligor test applies'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
  {
    id: 'veteransLivingAdjustmentAllowance.monthly',
    label: t('생활조정수당 월 지급액', 'monthly allowance'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { upTo3Min: 242000, upTo3Max: 311000, from4Min: 300000, from4Max: 370000 },
        },
        sources: [booklet],
        note: '3인 이하 가족 242,000~311,000원, 4인 이상 가족 300,000~370,000원 (소득수준별 세부 구간은 출처에 없음)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000097',
  version: '2026.1',
  name: t('국가유공자등생활조정수당', 'Living adjustment allowance for persons of national merit'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '저소득 국가유공자 등 및 그 유족의 생활안정 및 복지향상을 위해 생활조정수당을 지급합니다.',
    'Pays a living adjustment allowance to low-income persons of national merit and their bereaved families to stabilise their lives and improve their welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '보훈대상자 구분: 독립유공자, 국가유공자, 보훈보상대상자',
        'veteran category: independence patriot, person of national merit, veterans-compensation beneficiary',
      ),
      fact('veteran', 'category'),
      'in',
      lit(['독립유공자', '국가유공자', '보훈보상대상자']),
    ),
    any(
      t('유공자 본인 또는 선순위 유족', 'the person of merit or the first-ranked bereaved'),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
      judgement(
        t('선순위 유족', 'first-ranked bereaved family member'),
        t('유족의 지급 순위 (국가보훈부)', 'the bereaved member’s rank (veterans ministry)'),
      ),
    ),
    any(
      t(
        '소득인정액 기준 (1인 가구는 별도 기준금액)',
        'income-recognized amount test (own amount for one-person households)',
      ),
      all(
        t('1인 가구', 'one-person household'),
        cmp(t('1인 가구', 'one-person household'), v('household.size'), '==', lit(1, t('1명', 'one'))),
        cmp(
          t('소득인정액 1인 가구 기준금액 이하', 'income-recognized amount within the one-person limit'),
          v('household.incomeRecognized.nblss'),
          '<=',
          param('veteransLivingAdjustmentAllowance.singleThreshold'),
        ),
      ),
      all(
        t('2인 이상 가구', 'household of two or more'),
        cmp(t('2인 이상 가구', 'two or more members'), v('household.size'), '>', lit(1, t('1명', 'one'))),
        cmp(
          t('소득인정액 기준 중위소득 50% 이하', 'income-recognized amount at most 50% of the median'),
          v('household.incomeRecognized.nblss'),
          '<=',
          mul(
            t('기준 중위소득 × 비율', 'median income × share'),
            param('median.income', { by: 'household.size' }),
            param('veteransLivingAdjustmentAllowance.incomeShare'),
          ),
        ),
      ),
    ),
    any(
      t(
        '부양받을 수 없음 (중상이자·65세 이상은 부양의무자 기준 미적용)',
        'cannot be supported by family (no obligor test for the seriously wounded or 65+)',
      ),
      cmp(
        t('만 65세 이상 (부양의무자 기준 미적용)', 'aged 65 or over (no support-obligor test)'),
        v('person.age'),
        '>=',
        param('veteransLivingAdjustmentAllowance.obligorExemptAge'),
      ),
      cmp(
        t('부양의무자 없음 또는 부양 능력 없음', 'no support obligor, or obligors cannot support'),
        fact('supportObligor', 'result'),
        'in',
        lit(['none', 'unable']),
      ),
      judgement(
        t('중상이자 (부양의무자 기준 미적용)', 'seriously wounded (no support-obligor test)'),
        t('상이등급 (국가보훈부)', 'injury grade (veterans ministry)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '생활수준 조사 후 가족 수와 소득수준에 따라 매월 지급: 3인 이하 242,000~311,000원, 4인 이상 300,000~370,000원 (2024년 기준)',
      'Monthly after a means survey, by family size and income: up to 3 people 242,000–311,000; 4 or more 300,000–370,000 (2024)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
