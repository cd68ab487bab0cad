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
  title: '복지로 농어가목돈마련저축 저축장려금 지급 (WLF00000023), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000023&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「농어가 목돈마련 저축 장려금」',
  status: 'official',
};
const booklet1: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「농어가 목돈마련 저축 장려금 (자주하는 질문)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'farmSavings.baseRate',
    label: t('기본금리 (연)', 'base interest rate (annual)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.0404 }, sources: [booklet0] }],
  },
  {
    id: 'farmSavings.bonusRateMin',
    label: t('저축장려금 (연, 최저)', 'savings bonus rate (annual, minimum)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.009 }, sources: [booklet0] }],
  },
  {
    id: 'farmSavings.bonusRateMax',
    label: t('저축장려금 (연, 최고)', 'savings bonus rate (annual, maximum)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.048 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00000023',
  version: '2026.1',
  name: t('농어가목돈마련저축 저축장려금 지급', 'Savings bonus for farm and fishery household savings'),
  ministry: '금융위원회',
  bureau: '은행과',
  legalBasis: [
    t('농어가목돈마련저축에 관한 법률', 'Act on Savings for Farming and Fishing Households'),
    t('조세특례제한법 제87조의2', 'Restriction of Special Taxation Act art. 87-2'),
  ],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '농어가목돈마련저축 만기시 저축장려금을 지급하여 농어민의 재산 형성을 지원하고 저축 의욕을 높여 안정된 생활기반 조성에 기여합니다.',
    'Pays a savings bonus when a farm and fishery household savings account matures, to help farmers and fishers build assets, encourage saving and lay a stable basis for living.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('농업인(임업인 포함)·어업인', 'farmer (including forester) or fisher'),
      fact('farmerFisher'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '「농어가목돈마련저축에 관한 법률 시행령」 제2조 대상 (건강보험료 납부금액이 금융위원회가 정하는 금액 이하인 농어민 등)이고 종사 분야 외 상시 근로소득이 없음',
        'eligible under art. 2 of the enforcement decree (health insurance premium at most the amount set by the FSC, …) with no regular earned income outside farming or fishing',
      ),
      t(
        '건강보험료 납부금액과 다른 분야 상시 근로소득 (농·수협·산림조합 확인)',
        'health insurance premium and regular earnings from other work (NH, Suhyup, forestry cooperative)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '금융위원회가 정하는 기본금리(4.04%)와 저축장려금(0.9~4.8%) 지급, 이자소득과 저축장려금 비과세',
      'The base rate set by the FSC (4.04%) plus a savings bonus of 0.9–4.8%; interest and bonus are tax-free',
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
  sources: [catalogue, booklet0, booklet1],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
