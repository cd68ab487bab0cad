import {
  all,
  any,
  cmp,
  defineProgram,
  judgement,
  lit,
  not,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 자활근로(기초, 차상위) (WLF00001138) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001138&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'selfSufficiencyWork.dailyWage',
    label: t('자활근로인건비 단가 (1일)', 'self-sufficiency work wage (per day)'),
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: {
          type: 'byKey',
          values: {
            marketEntry: 62080,
            marketEntryQualified: 66080,
            socialService: 53840,
            socialServiceQualified: 57840,
            workMaintenance: 29940,
            workMaintenanceQualified: 33940,
          },
        },
        sources: [record],
        note: "…Qualified: 상세 기록의 괄호 안 단가 (시장진입형 줄에 '(기술자격자)' 표기)",
      },
    ],
  },
  {
    id: 'selfSufficiencyWork.hoursPerDay',
    label: t('1일 근로시간', 'working hours per day'),
    unit: 'count',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { marketEntry: 8, socialService: 8, workMaintenance: 5 } },
        sources: [record],
      },
    ],
  },
  {
    id: 'selfSufficiencyWork.daysPerWeek',
    label: t('주 근로일수', 'working days per week'),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 5 }, sources: [record] }],
  },
];

const nblssRecipient = any(
  t(
    '생계·의료·주거·교육급여 수급 가구',
    'household receiving the livelihood, medical, housing or education benefit',
  ),
  cmp(
    t('생계급여 수급', 'livelihood benefit recipient'),
    receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
    '==',
    lit(true),
  ),
  cmp(
    t('의료급여 수급', 'medical aid recipient'),
    receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
    '==',
    lit(true),
  ),
  cmp(
    t('주거급여 수급', 'housing benefit recipient'),
    receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
    '==',
    lit(true),
  ),
  cmp(
    t('교육급여 수급', 'education benefit recipient'),
    receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
    '==',
    lit(true),
  ),
);

export default defineProgram({
  id: 'WLF00001138',
  version: '2026.1',
  name: t('자활근로(기초, 차상위)', 'Self-sufficiency work (NBLSS and near-poor)'),
  ministry: '보건복지부',
  bureau: '자활정책과',
  legalBasis: [
    t('국민기초생활 보장법', 'National Basic Living Security Act'),
    t('국민기초생활 보장법 시행령', 'Enforcement Decree of the National Basic Living Security Act'),
    t('국민기초생활 보장법 시행규칙', 'Enforcement Rule of the National Basic Living Security Act'),
  ],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '국민기초생활보장법에 따른 수급자 및 차상위 계층이 스스로 자립할 수 있도록 자활능력 배양, 기술습득 지원 및 근로기회를 제공합니다.',
    'Builds self-sufficiency skills, supports skill acquisition and provides work so that NBLSS recipients and the near-poor can become independent.',
  ),
  criteria: any(
    t('자활사업 참여 자격 (다음 중 하나)', 'eligible to take part in self-sufficiency work (one of)'),
    all(
      t(
        '수급자: ① 조건부수급자 ② 자활급여특례자 ③ 일반수급자 ④ 특례수급가구의 가구원 ⑥ 근로능력이 있는 시설수급자',
        'recipients: ① conditional recipients ② special-case medical aid recipients ③ other recipients who wish to ④ members of special-case households ⑥ facility residents able to work',
      ),
      nblssRecipient,
      judgement(
        t(
          '수급자 참여 유형 해당 (조건부수급자는 우선 선정; 일반수급자·정신질환자 등은 시·군·구청장 판단)',
          'fits a recipient category (conditional recipients first; others as the head of the local government decides)',
        ),
        t(
          '근로능력 판정·조건부과 여부와 참여 결정 (시군구)',
          'work-capacity assessment, the participation condition and the decision (local government)',
        ),
      ),
    ),
    all(
      t(
        '⑤ 차상위자: 근로능력이 있고 소득인정액이 기준 중위소득 50% 이하인 비수급권자',
        '⑤ near-poor: able to work, income-recognized amount at most 50% of the median, not an NBLSS recipient',
      ),
      not(t('생계·의료·주거·교육급여 비수급', 'not an NBLSS recipient household'), nblssRecipient),
      cmp(
        t(
          '가구 소득인정액이 기준 중위소득 50% 이하',
          'household income-recognized amount at most 50% of the median',
        ),
        v('household.incomeRecognized.nblss'),
        '<=',
        param('nblss.threshold.education', { by: 'household.size' }),
      ),
      judgement(
        t(
          '근로능력 있음 (만 65세 이상은 시·군·구청장 판단)',
          'able to work (aged 65 or over: as the head of the local government decides)',
        ),
        t('근로능력 판정 (시군구)', 'work-capacity assessment (local government)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '자활근로인건비 (2026 단가, 1일): 시장진입형 1일 8시간·주 5일 62,080원 (66,080원), 사회서비스일자리형 1일 8시간·주 5일 53,840원 (57,840원), 근로유지형 1일 5시간·주 5일 29,940원 (33,940원). 괄호 안은 기록의 괄호 단가 (시장진입형 줄에 기술자격자 표기). 참여 유형·근로일수에 따라 달라 금액은 계산하지 않음',
      'Wages (2026, per day): market entry 8 h/day, 5 days/week, 62,080 (66,080); social-service jobs 8 h, 53,840 (57,840); work maintenance 5 h, 29,940 (33,940). Bracketed rates as in the record (marked for holders of a technical qualification on the market-entry line). Depends on the type and days worked, so no amount is computed',
    ),
  },
  form: {
    schema: z.object({
      preferredWork: z
        .string()
        .max(200)
        .optional()
        .meta({ label: t('희망 사업단·직종', 'preferred work') }),
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
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
