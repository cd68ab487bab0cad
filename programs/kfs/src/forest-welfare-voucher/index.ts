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
  title: '복지로 산림복지서비스이용권 (WLF00000946), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000946&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산림복지서비스이용권」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 산림복지서비스이용권 (WLF00000946) 상세, 2022 수집 — 근거법령',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000946&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const refNearPoor: Source = {
  title:
    '차상위계층 소득기준: 소득인정액 기준 중위소득 50% 이하 (korea-welfare-rules.md §2.12, 국민기초생활 보장법 시행령)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'forestWelfareVoucher.annualAmount',
    label: t('이용권 금액 (1인당 연)', 'voucher amount per person'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] }],
  },
  {
    id: 'forestWelfareVoucher.recipients',
    label: t('지급 인원', 'number of recipients'),
    unit: 'count',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 65000 }, sources: [booklet], note: '2024년' },
    ],
  },
  {
    id: 'forestWelfareVoucher.lotteryShare',
    label: t('추첨 선정 비율 (개인)', 'share selected by lottery (individuals)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
  {
    id: 'forestWelfareVoucher.nearPoorShare',
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
  id: 'WLF00000946',
  version: '2026.1',
  name: t('산림복지서비스이용권', 'Forest welfare service voucher'),
  ministry: '산림청',
  bureau: '산림복지교육과',
  legalBasis: [t('산림복지 진흥에 관한 법률', 'Forest Welfare Promotion Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'once',
  summary: t(
    '기초생활수급자(생계·의료·주거·교육급여), 장애(아동)수당·장애인연금 수급자, 차상위계층, 한부모가족 중 신청자에게 추첨(50%)과 사회·경제적 약자 우선순위(50%)로 선정해 자연휴양림·치유의 숲·수목원 등에서 쓸 수 있는 산림복지서비스이용권(1인당 연 10만원)을 지급합니다.',
    'NBLSS recipients, recipients of disability allowances or the Disability Pension, near-poor people and single-parent families who apply are selected (50% by lottery, 50% by priority for the most vulnerable) for a forest welfare voucher of 100,000 a year for recreation forests, healing forests, arboretums and similar.',
  ),
  criteria: all(
    undefined,
    any(
      t('산림복지 소외계층', 'groups underserved by forest welfare'),
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
      cmp(
        t('장애인연금 수급', 'Disability Pension recipient'),
        receives('WLF00003249', t('장애인연금 수급', 'Disability Pension recipient'), 'person'),
        '==',
        lit(true),
      ),
      cmp(
        t('장애수당 수급', 'disability allowance recipient'),
        receives('WLF00003265', t('장애수당 수급', 'disability allowance recipient'), 'person'),
        '==',
        lit(true),
      ),
      cmp(
        t('장애아동수당 수급', 'disabled child allowance recipient'),
        receives('WLF00003198', t('장애아동수당 수급', 'disabled child allowance recipient'), 'person'),
        '==',
        lit(true),
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
              param('forestWelfareVoucher.nearPoorShare'),
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
      someMember(
        t('한부모가족 지원 대상 가구원', 'a household member certified as a single-parent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
    ),
    judgement(
      t('이용권 대상자 선정', 'selection for a voucher'),
      t(
        '신청과 선정 (신청자 비례 추첨 50%, 사회·경제적 약자 우선순위 50%; 한국산림복지진흥원)',
        'application and selection (50% lottery, 50% priority; Korea Forest Welfare Institute)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '산림복지서비스이용권 1인당 연 10만원 (KB국민카드 포인트; 자연휴양림·산림치유원·치유의 숲·산림교육센터·수목원·정원·숲속야영장·산림레포츠시설 등 등록 시설에서 사용; 2024년 65,000명)',
      'forest welfare voucher of 100,000 a year per person (KB Kookmin card points; for registered recreation forests, healing forests, forest education centres, arboretums, gardens, forest campsites and sports facilities; 65,000 people in 2024)',
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
  sources: [catalogue, booklet, detail2022, refNearPoor],
  fidelity: 'summary',
  dependsOn: [
    'WLF00001132',
    'WLF00000102',
    'WLF00003201',
    'WLF00001089',
    'WLF00003249',
    'WLF00003265',
    'WLF00003198',
  ],
  parameters,
  cases,
});
