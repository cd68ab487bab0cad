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
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애아가족양육지원 (WLF00003262), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003262&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애아가족 양육지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 「장애아가족양육지원」 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabledChildFamilyCare.maxAge',
    label: t('대상 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'disabledChildFamilyCare.freeIncomeShare',
    label: t(
      '무료 이용 소득기준 (기준 중위소득 대비, 건강보험료 기준)',
      'free-use income level (share of the median, by health premium)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.2 }, sources: [booklet] }],
  },
  {
    id: 'disabledChildFamilyCare.copayRate',
    label: t('소득기준 초과 가정 본인부담률', 'copayment above the income level'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.4 }, sources: [booklet] }],
  },
  {
    id: 'disabledChildFamilyCare.annualHours',
    label: t('돌봄서비스 연간 지원 시간 (아동 1인당)', 'care hours a year per child'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1080 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003262',
  version: '2026.1',
  name: t('장애아가족양육지원', 'Care support for families raising severely disabled children'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [t('장애아동 복지지원법', 'Welfare of Disabled Children Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['disability'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '장애아동 가족의 일상적인 돌봄 부담을 경감하고 보호자의 사회활동을 돕기 위하여 돌봄 및 일시적 휴식지원 서비스를 제공합니다.',
    'Eases the daily caring burden of families with disabled children and helps carers take part in society through care and respite services.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('disabledChildFamilyCare.maxAge')),
    cmp(
      t('장애의 정도가 심한 장애인 (중증)', 'severe disability'),
      fact('disability', 'severity'),
      '==',
      lit('severe', t('심한 장애', 'severe')),
    ),
    cmp(
      t(
        '장애인활동지원 등 유사 재가서비스를 받지 않음',
        'not receiving personal assistance or a similar home service',
      ),
      receives('WLF00003260', t('장애인활동지원 이용', 'personal assistance user'), 'person'),
      '==',
      lit(false),
    ),
  ),
  benefit: {
    description: t(
      '돌봄서비스: 아동 가정 또는 돌보미 가정에서 아동 1인당 연 1,080시간 범위 (기준 중위소득 120% 이하 무료, 초과 가정은 이용료 40% 본인부담). 휴식지원 프로그램(문화·교육·가족캠프·상담·자조모임)은 소득과 관계없이 18세 미만 장애아가족',
      'Care at home or at a carer’s home, up to 1,080 hours a year per child (free up to 120% of the median, otherwise 40% copayment); respite programmes (culture, education, family camps, counselling, self-help groups) for all families with a disabled child under 18',
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
  sources: [catalogue, booklet, detail2022],
  fidelity: 'summary',
  dependsOn: ['WLF00003260'],
  parameters: parameters,
  cases,
});
