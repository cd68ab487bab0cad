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
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 농식품바우처 (WLF00003176), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003176&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const refNearPoor: Source = {
  title:
    '차상위계층 소득기준: 소득인정액 기준 중위소득 50% 이하 (korea-welfare-rules.md §2.12, 국민기초생활 보장법 시행령)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'agriFoodVoucher.nearPoorShare',
    label: t('차상위계층 소득기준 (기준 중위소득 대비)', 'near-poor income limit (share of the median)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.5 },
        sources: [refNearPoor],
        note: '차상위계층: 소득인정액 기준 중위소득 50% 이하',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003176',
  version: '2026.1',
  name: t('농식품바우처', 'Agri-food voucher'),
  ministry: '농림축산식품부',
  bureau: '식생활소비정책과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'pregnancy'],
  situations: ['lowIncome'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '취약계층이 국내산 과일·채소·흰우유·신선알·육류·잡곡·두부·임산물을 살 수 있는 전자바우처를 매월 지원합니다. 카탈로그는 저소득 가구를 대상으로 표시하며, 세부 기준과 금액은 검토한 출처에 없습니다.',
    'Vulnerable households get a monthly electronic voucher for domestic fruit, vegetables, white milk, fresh eggs, meat, grains, tofu and forest products. The catalogue marks low-income households as the target; the sources read give no detailed criteria or amount.',
  ),
  criteria: all(
    undefined,
    any(
      t('저소득 취약계층 (기초생활수급·차상위)', 'low-income household (NBLSS recipient or near-poor)'),
      any(
        t(
          '기초생활보장 수급 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education benefit)',
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
      ),
      any(
        t('차상위계층', 'near-poor (차상위계층)'),
        someMember(
          t('차상위계층 확인을 받은 가구원', 'a household member certified near-poor'),
          cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
        ),
        all(
          t(
            '확인 전: 소득인정액이 기준 중위소득 50% 이하이고 차상위계층 확인 필요',
            'not yet certified: income-recognized amount at most 50% of the median, certification needed',
          ),
          cmp(
            t(
              '가구 소득인정액이 기준 중위소득 50% 이하',
              'household income-recognized amount at most 50% of the median',
            ),
            v('household.incomeRecognized.nblss'),
            '<=',
            mul(
              t('기준 중위소득 × 50%', 'median income × 50%'),
              param('median.income', { by: 'household.size' }),
              param('agriFoodVoucher.nearPoorShare'),
            ),
          ),
          judgement(
            t('차상위계층 확인', 'near-poor certification'),
            t(
              '차상위계층 확인 신청과 결정 (읍면동 조사)',
              'near-poor certification (application and local-government investigation)',
            ),
          ),
        ),
      ),
    ),
    judgement(
      t('세부 지원대상 기준', 'detailed target rules'),
      t(
        '지원대상 세부 기준 (가구 구성 등; 출처에 기준 없음)',
        'detailed target rules such as household composition (not in the sources)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '국내산 농산물(과일류·채소류·흰우유·신선알류·육류·잡곡류·두부류·임산물) 구매용 전자바우처 (월; 금액은 출처에 없음)',
      'electronic voucher for domestic produce (monthly; the sources state no amount)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, refNearPoor],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
