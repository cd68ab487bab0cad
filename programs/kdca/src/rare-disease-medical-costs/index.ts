import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 희귀질환자 의료비 지원사업 (WLF00000864), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000864&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「희귀질환자 의료비 지원」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'rareDiseaseCosts.careAllowance',
    ['간병비 (월)', 'caregiving allowance (monthly)'],
    'krw/month',
    300000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'rareDiseaseCosts.specialFormula',
    ['특수조제분유 (연간, 이내)', 'special formula (annual limit)'],
    'krw/year',
    3600000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'rareDiseaseCosts.lowProteinRice',
    ['저단백즉석밥 (연간, 이내)', 'low-protein rice (annual limit)'],
    'krw/year',
    1680000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'rareDiseaseCosts.cornStarch',
    ['옥수수전분 (연간, 이내)', 'corn starch (annual limit)'],
    'krw/year',
    1680000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00000864',
  version: '2026.1',
  name: t('희귀질환자 의료비 지원사업', 'Medical cost support for rare-disease patients'),
  ministry: '질병관리청',
  bureau: '희귀질환관리과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '희귀질환자 중 저소득층 건강보험가입자에게 본인부담금 등 의료비를 지원하여 경제적 부담을 경감합니다.',
    'Pays medical costs, including the patient’s own share, for low-income National Health Insurance members with rare diseases, to ease their financial burden.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('희귀질환 산정특례 등록', 'registered for the rare-disease special copay'),
      fact('illness', 'kind'),
      '==',
      lit('rare', t('희귀질환', 'rare disease')),
    ),
    any(
      t(
        '건강보험가입자 (소득·재산 기준) 또는 의료급여·차상위 본인부담경감 대상 (간병비·특수식이)',
        'NHI member meeting the income and asset test, or medical-aid or near-poor copay-reduction recipient (caregiving and special diet)',
      ),
      all(
        t('건강보험가입자', 'NHI member'),
        cmp(
          t('건강보험 가입', 'enrolled in NHI'),
          fact('healthInsurance', 'kind'),
          'in',
          lit(['employee', 'regional'], t('직장·지역 가입자', 'employee or regional member')),
        ),
        judgement(
          t(
            '환자가구와 부양의무자가구의 소득·재산이 기준 미만',
            'the patient’s and the support obligors’ households are below the income and asset limits',
          ),
          t('소득·재산 조사 (주소지 보건소)', 'income and asset investigation (local health centre)'),
        ),
      ),
      cmp(
        t('의료급여 수급', 'medical aid recipient'),
        receives('WLF00000102', t('의료급여 수급', 'medical aid recipient'), 'person'),
        '==',
        lit(true),
      ),
      cmp(
        t('차상위 본인부담경감 대상', 'near-poor copay reduction'),
        fact('nearPoor', 'kind'),
        '==',
        lit('copayReduction', t('본인부담경감', 'copay reduction')),
      ),
    ),
  ),
  benefit: {
    description: t(
      '희귀질환 진료비 요양급여 중 본인부담금, 인공호흡기·기침유발기 대여료, 보조기기 구입비, 간병비(월 30만 원), 특수식이 구입비(특수조제분유 연 360만 원, 저단백즉석밥 연 168만 원, 옥수수전분 연 168만 원 이내); 간병비·특수식이는 의료급여·차상위 본인부담경감 대상도 지원',
      'The patient’s share of covered rare-disease treatment, ventilator and cough-assist rental, assistive devices, caregiving (KRW 300,000 a month) and special diets (formula up to 3,600,000 a year, low-protein rice 1,680,000, corn starch 1,680,000); caregiving and diets also for medical-aid and near-poor copay-reduction recipients',
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
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
