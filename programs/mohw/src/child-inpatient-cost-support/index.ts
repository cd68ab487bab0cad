import { all, cmp, defineProgram, type ParameterDefinition, param, type Source, t, v, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 아동 입원진료비 지원 (WLF00006332), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006332&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「아동 입원진료비 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'childInpatientCost.maxAge',
    label: t('대상 연령 (만 나이 이하)', 'maximum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [booklet] }],
  },
  {
    id: 'childInpatientCost.newbornDays',
    label: t(
      '본인부담 면제 신생아 기간 (출생 후 일 이내)',
      'newborn period with no copayment (days after birth)',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 28 }, sources: [booklet] }],
  },
  {
    id: 'childInpatientCost.copayRate',
    label: t('입원 본인부담률 (면제 대상 외)', 'inpatient copayment rate (others)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.05 }, sources: [booklet] }],
  },
  {
    id: 'childInpatientCost.mealSupportRate',
    label: t('식대 지원 비율', 'share of meal costs supported'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006332',
  version: '2026.1',
  name: t('아동 입원진료비 지원', 'Inpatient cost support for children'),
  ministry: '보건복지부',
  bureau: '보험급여과',
  legalBasis: [t('국민건강보험법 시행령', 'Enforcement Decree of the National Health Insurance Act')],
  target: 'person',
  lifeCycle: ['child'],
  situations: [],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '만 15세 이하 아동 입원 진료비 본인부담금을 지원하는 국가책임제 및 건강보험 보장을 강화합니다.',
    'Pays the inpatient copayments of children aged 15 or under, strengthening national responsibility and health-insurance coverage.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 15세 이하', 'aged 15 or under'), v('person.age'), '<=', param('childInpatientCost.maxAge')),
  ),
  benefit: {
    description: t(
      '입원진료비 본인부담금 전부 또는 일부 지원 (식대는 50%): 출생 후 28일 이내 본인부담 면제, 그 밖의 만 15세 이하 본인부담 5%. 별도 신청 없음',
      'All or part of inpatient copayments (meals 50%): no copayment within 28 days of birth, 5% for other children up to 15; no application needed',
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
