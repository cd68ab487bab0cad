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
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 장애아가족양육지원 (WLF00003262) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003262&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => [
  { from: '2026-01-01', value: { type: 'scalar' as const, value }, sources: [bokjiro] },
];

const parameters: ParameterDefinition[] = [
  {
    id: 'disabledChildFamilyCare.maxAge',
    label: t('대상 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: scalar(18),
  },
  {
    id: 'disabledChildFamilyCare.freeIncomeShare',
    label: t(
      '무료 이용 소득기준 (기준 중위소득 대비, 이하)',
      'free-use income level (share of the median, at most)',
    ),
    unit: 'ratio',
    versions: scalar(1.2),
  },
  {
    id: 'disabledChildFamilyCare.copayRate',
    label: t(
      '소득기준 초과 가정 본인부담률 (이용료 대비)',
      'copayment above the income level (share of the fee)',
    ),
    unit: 'ratio',
    versions: scalar(0.4),
  },
  {
    id: 'disabledChildFamilyCare.annualHours',
    label: t('돌봄서비스 연간 지원 시간 (아동 1인당)', 'care hours a year per child'),
    unit: 'count',
    versions: scalar(1200),
  },
  {
    id: 'disabledChildFamilyCare.monthlyHours',
    label: t('월 사용 한도 시간', 'monthly hours, at most'),
    unit: 'count',
    versions: scalar(160),
  },
];

const notUsing = (id: string, ko: string, en: string) =>
  cmp(
    t(`${ko}를 받고 있지 않음`, `not receiving ${en}`),
    receives(id, t(`${ko} 이용`, `uses ${en}`), 'person'),
    '==',
    lit(false),
  );

export default defineProgram({
  id: 'WLF00003262',
  version: '2026.1',
  name: t('장애아가족양육지원', 'Care support for families raising severely disabled children'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [t('장애아동복지지원법', 'Welfare of Disabled Children Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['disability'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '만 18세 미만 장애정도가 심한 장애아동(선정 후 사업기간 중 18세가 되면 사업기간 끝까지)을 양육하는 가정에 아동 1인당 연 1,200시간(월 160시간 이내) 돌봄서비스와 휴식지원 프로그램을 제공합니다. 기준 중위소득 120% 이하는 무료, 초과 가정은 이용료의 40%를 부담합니다. 장애인활동지원·아이돌봄서비스 등 유사 재가서비스 이용자는 제외됩니다.',
    'Families raising a severely disabled child under 18 (or who turned 18 during the programme period after selection) get up to 1,200 hours a year (160 a month) of care per child plus respite programmes; free up to 120% of the median income, otherwise a 40% copayment. Children receiving personal assistance, the child-minding service or similar home care are excluded.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '만 18세 미만 (선정 후 사업기간 중 18세 도래 시 종료일까지 유지)',
        'under 18 (or turned 18 during the period after selection)',
      ),
      cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('disabledChildFamilyCare.maxAge')),
      all(
        t('기존 대상자로 사업기간 중 18세 도래', 'an existing recipient who turned 18 during the period'),
        cmp(t('만 18세', 'aged 18'), v('person.age'), '<=', param('disabledChildFamilyCare.maxAge')),
        cmp(
          t('장애아가족양육지원 대상자로 선정됨', 'already selected for this programme'),
          receives('WLF00003262', t('장애아가족양육지원 이용', 'uses this programme'), 'person'),
          '==',
          lit(true),
        ),
        judgement(
          t(
            '18세 도래일이 해당 사업기간 중이고 사업기간 종료 전',
            'turned 18 within the current programme period, which has not ended',
          ),
          t(
            '선정일과 사업기간 종료일 (시군구)',
            'selection date and end of the programme period (local government)',
          ),
        ),
      ),
    ),
    cmp(
      t(
        '「장애인복지법」상 장애정도가 심한 장애인',
        'severe disability under the Act on Welfare of Persons with Disabilities',
      ),
      fact('disability', 'severity'),
      '==',
      lit('severe', t('심한 장애', 'severe')),
    ),
    all(
      t('유사 재가서비스를 받고 있지 않음', 'not receiving a similar home service'),
      notUsing('WLF00003260', '장애인활동지원', 'personal assistance'),
      notUsing('WLF00000024', '아이돌봄서비스', 'the child-minding service'),
    ),
  ),
  benefit: {
    description: t(
      '아동 1인당 연 1,200시간 범위의 돌봄서비스와 휴식지원 프로그램 (1,200시간 초과분은 전액 본인부담, 월 160시간 이내 사용). 기준 중위소득 120% 이하 무료, 초과 가정은 이용료의 40% 본인부담 (이용료 단가는 2026 사업안내가 정하고 복지로 상세에는 없음). 그 밖에 이에 준하는 유사 재가서비스 이용 여부는 시군구 확인',
      'Up to 1,200 hours a year of care per child plus respite programmes (hours beyond 1,200 at full cost; at most 160 a month). Free up to 120% of the median income; above it the family pays 40% of the fee (the hourly fee is set by the 2026 guide, not stated in the Bokjiro record). Use of other similar home services is checked locally',
    ),
  },
  form: {
    schema: z.object({
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인정보 수집·이용 및 제3자 제공 동의',
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
  exclusions: [
    {
      programId: 'WLF00003260',
      kind: 'exclusive',
      reason: t('장애인활동지원은 유사 재가서비스', 'personal assistance is a similar home service'),
      source: bokjiro,
    },
    {
      programId: 'WLF00000024',
      kind: 'exclusive',
      reason: t('아이돌봄서비스는 유사 재가서비스', 'the child-minding service is a similar home service'),
      source: bokjiro,
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00003260', 'WLF00000024', 'WLF00003262'],
  parameters,
  cases,
});
