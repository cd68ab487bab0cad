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
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 법률구조 (WLF00006309), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006309&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「법률구조 제도」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'klacLegalAid.incomeShare',
    label: t('법률구조 소득 기준 (기준 중위소득 대비)', 'income limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.25 }, sources: [booklet] }],
  },
  {
    id: 'klacLegalAid.farmerIncomeShare',
    label: t(
      '농어업인 소득 기준 (기준 중위소득 대비)',
      'income limit for farmers and fishers (share of the median)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.5 }, sources: [booklet] }],
  },
  {
    id: 'klacLegalAid.simpleDocumentCaseMax',
    label: t('소송서류 무료작성 사건가액 (이하)', 'claim value for free document drafting (at most)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006309',
  version: '2026.1',
  name: t('법률구조', 'Legal aid'),
  ministry: '법무부',
  bureau: '인권구조과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['lowIncome'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '경제적으로 어렵거나 법률 지식이 부족해 법의 보호를 충분히 받지 못하는 국민의 기본적 인권 옹호를 위해 법률상담, 소송 대리 및 형사변호 등 법률 서비스를 지원합니다.',
    'Provides legal advice, representation in lawsuits, criminal defence and other legal services to protect the basic human rights of people who are poor or lack legal knowledge.',
  ),
  criteria: all(
    undefined,
    any(
      t('대한민국 국민 또는 국내 체류 외국인', 'Korean national or foreign resident'),
      cmp(
        t('대한민국 국적', 'Korean nationality'),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
      cmp(
        t('국내 체류 외국인 (외국인등록)', 'registered foreign resident'),
        fact('foreignResident'),
        '==',
        lit(true),
      ),
    ),
    any(
      t(
        '소득 기준 (중위 125% 이하, 농어업인 150% 이하, 차상위계층 등은 소득기준 예외)',
        'income test (at most 125% of the median, farmers and fishers 150%; no income test for the near-poor and others)',
      ),
      cmp(
        t('가구 소득 기준 중위소득 125% 이하', 'household income at most 125% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('klacLegalAid.incomeShare'),
        ),
      ),
      all(
        t('농업인·어업인: 중위 150% 이하', 'farmers and fishers: at most 150% of the median'),
        cmp(t('농어업인', 'farmer or fisher'), fact('farmerFisher'), '==', lit(true)),
        cmp(
          t('가구 소득 기준 중위소득 150% 이하', 'household income at most 150% of the median'),
          v('household.monthlyIncome'),
          '<=',
          mul(
            t('기준 중위소득 × 비율', 'median income × share'),
            param('median.income', { by: 'household.size' }),
            param('klacLegalAid.farmerIncomeShare'),
          ),
        ),
      ),
      cmp(t('차상위계층 (소득기준 예외)', 'near-poor (no income test)'), fact('nearPoor'), '==', lit(true)),
      judgement(
        t(
          '그 밖의 소득기준 예외 대상 (임금피해근로자·임금피해선원, 법원 소송구조 피구조자, 국선대리인 선정사건 청구인, 불법사금융피해자, 가습기살균제피해자)',
          'other groups without an income test (unpaid workers and seafarers, court litigation-aid recipients, people with court-appointed counsel, illegal-lending victims, humidifier-disinfectant victims)',
        ),
        t('대상자 구분 (대한법률구조공단 상담)', 'the applicant’s group (Korea Legal Aid Corporation)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '민사·가사·행정·헌법소원 소송대리, 소송서류 무료작성(1,000만 원 이하의 간단하고 명백한 사건), 개인회생·파산 신청, 형사 무료변호. 소송비용·변호사 보수는 대상자별로 유료 또는 무료',
      'Representation in civil, family, administrative and constitutional cases; free drafting of court papers (simple cases up to 10,000,000); personal rehabilitation and bankruptcy filings; free criminal defence. Costs and lawyer fees are paid or free depending on the group',
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
      {
        id: 'idCard',
        label: t('신분증 (외국인은 외국인등록증)', 'identity card (foreigners: residence card)'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
