import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 저소득 지역가입자 보험료 지원 (WLF00006263), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006263&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「저소득 지역가입자 국민연금보험료 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'regionalPensionPremiumSupport.supportRate',
    label: t('보험료 지원 비율', 'share of the premium paid'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
  {
    id: 'regionalPensionPremiumSupport.monthlyCap',
    label: t('월 최대 지원액', 'monthly support limit'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 46350 }, sources: [booklet] }],
  },
  {
    id: 'regionalPensionPremiumSupport.otherIncomeCap',
    label: t(
      '제외: 종합소득(사업·근로소득 제외) 기준 (연, 이상)',
      'excluded from: other yearly income (excluding business and earned) of at least',
    ),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 16800000 }, sources: [booklet] }],
  },
  {
    id: 'regionalPensionPremiumSupport.propertyCap',
    label: t('제외: 재산(과세표준) 기준 (이상)', 'excluded from: taxable property of at least'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 600000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006263',
  version: '2026.1',
  name: t(
    '저소득 지역가입자 보험료 지원',
    'National Pension premium support for low-income regional subscribers',
  ),
  ministry: '보건복지부',
  bureau: '국민연금정책과',
  legalBasis: [t('국민연금법', 'National Pension Act')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'reduction',
  cycle: 'monthly',
  summary: t(
    '경제적으로 취약한 저소득 지역가입자에 대해 국민연금 보험료의 일부를 지원하여, 국민연금 가입 기간 확보 및 지속 납입 독려를 통한 노후 소득의 보장을 강화합니다.',
    'Pays part of the National Pension premium of financially vulnerable low-income regional subscribers, securing contribution periods and encouraging steady payment for old-age income.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('농어업인 연금보험료 지원을 받지 않음', 'not receiving the farmers’ pension premium support'),
      receives('WLF00001097', t('농업인 연금보험료 지원', 'farmers’ pension premium support'), 'person'),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '지역가입자 납부예외자(사업중단·실직·휴직)로서 보험료 납부 재개, 실업크레딧 미수급',
        'a regional subscriber exempted for business closure, job loss or leave who resumes paying, and not receiving the unemployment credit',
      ),
      t(
        '국민연금 가입·납부예외 이력 (국민연금공단)',
        'pension subscription and exemption history (National Pension Service)',
      ),
    ),
    judgement(
      t(
        '종합소득(사업·근로소득 제외) 1,680만 원 미만, 재산(과세표준) 6억 원 미만',
        'other income (excluding business and earned) under 16,800,000 a year and taxable property under 600,000,000',
      ),
      t('종합소득·재산 과세표준 (국세청·지방세 자료)', 'income and property tax records'),
    ),
  ),
  benefit: {
    description: t(
      '국민연금 보험료의 50% (월 최대 46,350원) 지원',
      '50% of the pension premium, up to 46,350 a month',
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
  dependsOn: ['WLF00001097'],
  parameters: parameters,
  cases,
});
