import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
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
  title: '복지로 미소금융 (WLF00006269), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006269&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「미소금융」',
  status: 'official',
};
const civilAct: Source = { title: '민법 제4조 (성년: 만 19세)', status: 'official' };
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
    'misoFinance.adultAge',
    ['성년 연령 (대출 약정 당사자)', 'age of majority (party to a loan contract)'],
    'years',
    19,
    civilAct,
  ),

  scalar(
    'misoFinance.creditShare',
    ['개인신용평점 기준 (하위 비율)', 'credit score limit (bottom share)'],
    'ratio',
    0.2,
    booklet,
  ),
  {
    id: 'misoFinance.loanLimit',
    label: t('대출 종류별 한도', 'limit by loan type'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            operatingOrFacilities: 20_000_000,
            startupLeaseDeposit: 70_000_000,
            unregisteredBusiness: 5_000_000,
          },
        },
        sources: [booklet],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00006269',
  version: '2026.1',
  name: t('미소금융', 'Miso microcredit'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '저신용·저소득 영세자영업자 및 청년·금융취약계층의 금융애로를 해소하여 향후 제도권 금융으로 안착할 수 있도록 지원합니다.',
    'Eases the financial difficulties of low-credit, low-income micro-business owners, young people and other financially vulnerable people so that they can later settle into mainstream finance.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '성년 (만 19세 이상) — 대출 약정 당사자 (민법 제4조; 복지로 생애주기: 청년·중장년·노년)',
        'adult (19 or over) — party to a loan contract (Civil Act art. 4; Bokjiro life stages: youth, middle age, old age)',
      ),
      v('person.age'),
      '>=',
      param('misoFinance.adultAge'),
    ),
    any(
      t(
        '차상위계층 이하, 개인신용평점 하위 20% 이하 또는 근로장려금 신청 대상',
        'near-poor or poorer, credit score in the bottom 20%, or eligible to apply for the earned income tax credit',
      ),
      cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
      cmp(
        t('기초생활수급 (차상위계층 이하)', 'NBLSS recipient (near-poor or poorer)'),
        receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '개인신용평점 하위 20% 이하 또는 근로장려금 신청 대상',
          'credit score in the bottom 20%, or eligible to apply for the EITC',
        ),
        t(
          '개인신용평점 (신용평가회사), 근로장려금 신청 자격 (국세청)',
          'credit score (credit bureau), EITC eligibility (National Tax Service)',
        ),
      ),
    ),
    judgement(
      t(
        '제도권 금융기관 이용이 어려운 자영업자(창업 예정자·무등록사업자 포함) 또는 금융취약계층',
        'a self-employed person (including would-be founders and unregistered businesses) or financially vulnerable person who cannot use mainstream lenders',
      ),
      t('사업 계획·사업장 확인, 미소금융 상담', 'business plan or premises check, Miso Finance consultation'),
    ),
  ),
  benefit: {
    description: t(
      '창업·운영·시설개선자금 등을 무담보·무보증 저금리로 대출: 운영·시설개선자금 2,000만 원 이내, 창업임차보증금 7,000만 원 이내, 무등록사업자 500만 원 이내; 자영업자 대출을 성실상환하면 긴급생계자금 대출 가능',
      'Unsecured, unguaranteed low-interest loans for starting, running and improving a business: operating or facility funds up to KRW 20,000,000, start-up lease deposits up to 70,000,000, unregistered businesses up to 5,000,000; faithful repayment of a business loan opens an emergency living-cost loan',
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
  sources: [catalogue, booklet, civilAct],
  fidelity: 'summary',
  dependsOn: ['WLF00001132'],
  parameters,
  cases,
});
