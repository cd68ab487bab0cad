import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 영주귀국 사할린한인 정착비 및 시설운영 지원 (WLF00003230), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003230&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「영주귀국 사할린 한인 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'sakhalinKoreanSettlement.specialLivingCost',
    label: t(
      '특별생계비 (월, 영구·국민임대주택 거주자)',
      'special living cost (monthly, residents of permanent or national rental housing)',
    ),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 75000 }, sources: [booklet] }],
  },
  {
    id: 'sakhalinKoreanSettlement.rentalDeposit',
    label: t(
      '임대주택 임대보증금·관리비 선수금 (2인 1가구 기준)',
      'rental deposit and advance maintenance fee (2-person household)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 17700000 }, sources: [booklet] }],
  },
  {
    id: 'sakhalinKoreanSettlement.airfare',
    label: t('항공료 (신규 입국자)', 'airfare (new arrivals)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 450000 }, sources: [booklet] }],
  },
  {
    id: 'sakhalinKoreanSettlement.furnishings',
    label: t('집기비품비 (신규 입국자)', 'household goods (new arrivals)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1400000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003230',
  version: '2026.1',
  name: t(
    '영주귀국 사할린한인 정착비 및 시설운영 지원',
    'Settlement support for Sakhalin Koreans returning permanently',
  ),
  ministry: '보건복지부',
  bureau: '노인정책과',
  legalBasis: [t('사할린동포 지원에 관한 특별법', 'Special Act on Support for Sakhalin Koreans')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '일제강점기 강제징용당한 사할린한인을 대상으로 영주귀국 대상자를 선정하여 귀국 및 정착생활에 필요한 비용을 지원합니다.',
    'Selects Sakhalin Koreans forcibly mobilised under Japanese colonial rule for permanent return and pays the costs of returning and settling.',
  ),
  criteria: all(
    undefined,
    judgement(
      t(
        '영주귀국 사할린 한인 1세 또는 2세 (1세의 배우자, 직계비속 1인과 그 배우자)',
        'a first- or second-generation Sakhalin Korean returnee (spouse, one descendant and that descendant’s spouse)',
      ),
      t(
        '영주귀국 대상자 확정 (재외동포청·대한적십자사)',
        'confirmation as a permanent returnee (Overseas Koreans Agency, Korean Red Cross)',
      ),
    ),
    cmp(
      t(
        '영구·국민임대주택(LH) 또는 시설 거주',
        'lives in LH permanent or national rental housing or a facility',
      ),
      v('household.tenure'),
      'in',
      lit(['publicRental', 'facility'], t('공공임대·시설', 'public rental or facility')),
    ),
  ),
  benefit: {
    description: t(
      '영구·국민임대주택 거주자 특별생계비 월 75,000원, 신규 입국자 임대보증금·관리비 선수금 (2인 1가구 1,770만 원), 항공료 45만 원, 집기비품 140만 원',
      'Special living cost of 75,000 a month for residents of permanent or national rental housing; for new arrivals the rental deposit and advance fees (17,700,000 for a 2-person household), airfare 450,000 and household goods 1,400,000',
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
