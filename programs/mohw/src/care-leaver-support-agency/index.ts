import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 자립지원 전담기관 운영 (WLF00006307), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006307&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「자립지원 전담기관 운영」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'careLeaverSupportAgency.supportYears',
    label: t('보호종료 후 지원 기간 (년)', 'years of support after leaving care'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
  {
    id: 'careLeaverSupportAgency.standardLeaveAge',
    label: t('만기 보호종료 연령 (만 나이)', 'standard age of leaving care'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'careLeaverSupportAgency.earlyLeaveMinAge',
    label: t('조기 보호종료 인정 연령 (만 나이 이후)', 'early leaving counted from this age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006307',
  version: '2026.1',
  name: t('자립지원 전담기관 운영', 'Dedicated independence support agencies for care leavers'),
  ministry: '보건복지부',
  bureau: '청년정책팀',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: [],
  provision: 'service',
  cycle: 'semiannual',
  summary: t(
    '자립준비청년의 안정적인 자립 지원을 위해 자립준비청년대상 사후관리 및 자립지원 통합서비스 제공, 자립 교육을 지원합니다.',
    'Gives care leavers follow-up care, integrated independence services and independence education for a stable start.',
  ),
  criteria: all(
    undefined,
    cmp(t('보호대상아동·자립준비청년', 'child in care or care leaver'), fact('fosterCare'), '==', lit(true)),
    judgement(
      t(
        '보호종료 5년 이내 (조기종료는 18세부터 5년) 또는 보호연장아동',
        'within 5 years of leaving care (early leavers: 5 years from 18) or in extended care',
      ),
      t(
        '보호종료일과 보호연장 여부 (아동권리보장원·시군구)',
        'date of leaving care or extension (National Center for the Rights of the Child, local government)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '사후관리(상담·자립수준평가), 자립지원통합서비스(생활·주거·교육·취업·의료 등 서비스 연계·맞춤형 사례관리), 자립 교육',
      'Follow-up (counselling, independence assessment), integrated independence services (links to living, housing, education, jobs, health; case management) and independence education',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
