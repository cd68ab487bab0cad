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
  title: '복지로 보훈대상자 생계지원금 지급 (WLF00004662), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004662&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「생계지원금」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransSubsistenceAllowance.minAge',
    label: t('생계지원금 지급 연령 (만 나이 이상)', 'subsistence allowance minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 80 }, sources: [booklet] }],
  },
  {
    id: 'veteransSubsistenceAllowance.incomeShare',
    label: t('생계지원금 소득 기준 (기준 중위소득 대비)', 'income limit (share of the median)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.5 },
        sources: [booklet],
        note: '부양받을 수 없는 경우가 요건이나 65세 이상은 부양의무자 기준 미적용 — 80세 이상만 대상이므로 부양의무자 기준은 적용되지 않음',
      },
    ],
  },
  {
    id: 'veteransSubsistenceAllowance.monthly',
    label: t('생계지원금 월 지급액', 'monthly subsistence allowance'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00004662',
  version: '2026.1',
  name: t('보훈대상자 생계지원금 지급', 'Subsistence allowance for low-income elderly veterans'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['veteran', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '저소득 고령 보훈대상자에게 생계지원금을 지급하여 안정된 생활을 돕습니다.',
    'Pays a subsistence allowance to low-income elderly veterans to help them live stably.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '보훈대상자 구분: 5·18민주유공자, 특수임무유공자, 참전유공자, 고엽제후유의증',
        'veteran category: May 18 democracy merit, special-mission merit, war veteran (participant), Agent Orange after-effect-like disorder patient',
      ),
      fact('veteran', 'category'),
      'in',
      lit(['5·18민주유공자', '특수임무유공자', '참전유공자', '고엽제후유의증']),
    ),
    any(
      t(
        '본인 (5·18민주유공자·특수임무유공자는 선순위 유족 포함)',
        'the person (for May 18 and special-mission merit also the first-ranked bereaved)',
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
      all(
        t(
          '5·18민주유공자·특수임무유공자의 선순위 유족',
          'first-ranked bereaved of May 18 or special-mission merit',
        ),
        cmp(
          t(
            '보훈대상자 구분: 5·18민주유공자, 특수임무유공자',
            'veteran category: May 18 democracy merit, special-mission merit',
          ),
          fact('veteran', 'category'),
          'in',
          lit(['5·18민주유공자', '특수임무유공자']),
        ),
        judgement(
          t('선순위 유족', 'first-ranked bereaved family member'),
          t('유족의 지급 순위 (국가보훈부)', 'the bereaved member’s rank (veterans ministry)'),
        ),
      ),
    ),
    cmp(
      t('만 80세 이상', 'aged 80 or over'),
      v('person.age'),
      '>=',
      param('veteransSubsistenceAllowance.minAge'),
    ),
    cmp(
      t('소득인정액 기준 중위소득 50% 이하', 'income-recognized amount at most 50% of the median'),
      v('household.incomeRecognized.nblss'),
      '<=',
      mul(
        t('기준 중위소득 × 비율', 'median income × share'),
        param('median.income', { by: 'household.size' }),
        param('veteransSubsistenceAllowance.incomeShare'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '매월 100,000원의 생계지원금 지급 (2024년 기준)',
      'A subsistence allowance of 100,000 a month (2024)',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('veteransSubsistenceAllowance.monthly');
      return { amountKrw, lines: [{ label: t('생계지원금 월액', 'monthly allowance'), value: amountKrw }] };
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
