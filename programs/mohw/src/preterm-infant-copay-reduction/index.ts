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
  title: '복지로 조산아 및 저체중출생아 본인부담금 경감 (WLF00006300), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006300&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「조산아 및 저체중출생아 본인부담금 경감」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'pretermCopayReduction.maxAge',
    label: t('경감 적용 기간 (출생일로부터 만 나이 미만)', 'reduction period (under this age, from birth)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
  {
    id: 'pretermCopayReduction.gestationWeeks',
    label: t('조산아 재태기간 기준 (주 미만)', 'preterm: gestation under (weeks)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 37 }, sources: [booklet] }],
  },
  {
    id: 'pretermCopayReduction.birthWeightGrams',
    label: t('저체중출생아 기준 (g 이하)', 'low birth weight: at most (grams)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2500 }, sources: [booklet] }],
  },
  {
    id: 'pretermCopayReduction.copayRate',
    label: t('외래진료 본인부담률', 'outpatient copayment rate'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.05 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006300',
  version: '2026.1',
  name: t(
    '조산아 및 저체중출생아 본인부담금 경감',
    'Outpatient copayment reduction for preterm and low-birth-weight infants',
  ),
  ministry: '보건복지부',
  bureau: '건강보험지불혁신추진단',
  legalBasis: [t('국민건강보험법 시행령', 'Enforcement Decree of the National Health Insurance Act')],
  target: 'person',
  lifeCycle: ['infant'],
  situations: [],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '진료비 부담이 높은 조산아 및 저체중 출생아 가정의 경제적 부담 완화하고자 조산아 및 저체중 출생아를 대상으로 외래진료비 본인부담률을 경감하는 제도입니다.',
    'Lowers the outpatient copayment rate for preterm and low-birth-weight infants to ease the burden of high medical costs on their families.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('출생일로부터 5년 이내 (만 5세 미만)', 'within 5 years of birth (under 5)'),
      v('person.age'),
      '<',
      param('pretermCopayReduction.maxAge'),
    ),
    judgement(
      t('재태기간 37주 미만 또는 출생체중 2,500g 이하', 'born before 37 weeks or weighing at most 2,500 g'),
      t(
        '출생 시 재태기간·체중 (출생증명서·의무기록)',
        'gestation and birth weight (birth certificate, medical record)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '출생일로부터 5년까지 외래진료 시 요양기관 종별·상병 구분 없이 요양급여비용의 5% 본인부담 (공단 등록일부터 적용)',
      'Until the 5th birthday, a 5% outpatient copayment at any provider for any condition, from registration with the NHIS',
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
