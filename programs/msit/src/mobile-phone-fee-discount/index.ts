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
  title: '복지로 이동통신요금감면 (WLF00003257), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003257&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title:
    '2024 나에게 힘이 되는 복지서비스 「기초생활수급자를 위한 요금감면제도」·「장애인을 위한 요금감면제도」·「어르신을 위한 요금감면 제도」·「통신요금감면」',
  status: 'official',
};
const reference: Source = {
  title:
    '한국 복지제도 참고 노트(korea-welfare-rules) 「이동통신요금감면」 대상 요약: 수급자·차상위·장애인·보훈대상자',
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
    'mobileFeeDiscount.livelihoodBaseCap',
    ['생계·의료급여 기본료 면제 한도 (월)', 'livelihood and medical benefit: base-fee waiver cap (monthly)'],
    'krw/month',
    26000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'mobileFeeDiscount.livelihoodMax',
    ['생계·의료급여 월 최대 감면액', 'livelihood and medical benefit: monthly maximum'],
    'krw/month',
    33500,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'mobileFeeDiscount.housingEducationBaseCap',
    ['주거·교육급여 기본료 면제 한도 (월)', 'housing and education benefit: base-fee waiver cap (monthly)'],
    'krw/month',
    11000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'mobileFeeDiscount.housingEducationMax',
    ['주거·교육급여 월 최대 감면액', 'housing and education benefit: monthly maximum'],
    'krw/month',
    21500,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'mobileFeeDiscount.disabilityRate',
    ['장애인·보훈 이동전화 감면율', 'disability and veterans: mobile discount rate'],
    'ratio',
    0.35,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'mobileFeeDiscount.basicPensionRate',
    ['기초연금수급자 감면율', 'Basic Pension recipients: discount rate'],
    'ratio',
    0.5,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'mobileFeeDiscount.basicPensionMax',
    ['기초연금수급자 월 최대 감면액', 'Basic Pension recipients: monthly maximum'],
    'krw/month',
    11000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00003257',
  version: '2026.1',
  name: t('이동통신요금감면', 'Mobile phone fee discount'),
  ministry: '과학기술정보통신부',
  bureau: '통신경쟁정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran', 'disability', 'lowIncome', 'singleParent'],
  provision: 'reduction',
  cycle: 'monthly',
  summary: t(
    '사회적 취약계층을 대상으로 가계통신비 부담완화를 위해 통신요금을 감면합니다.',
    'Reduces telephone bills for socially vulnerable people to ease household communication costs.',
  ),
  criteria: any(
    t('통신요금 감면 대상', 'eligible for the reduction'),
    any(
      t(
        '기초생활수급자 (생계·의료·주거·교육급여)',
        'NBLSS recipient (livelihood, medical, housing or education)',
      ),
      cmp(
        t('생계급여 수급', 'livelihood benefit recipient'),
        receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('의료급여 수급', 'medical benefit recipient'),
        receives('WLF00000102', t('의료급여 수급', 'medical benefit recipient')),
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
    cmp(t('차상위계층', 'near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
    cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    cmp(
      t('기초연금 수급', 'Basic Pension recipient'),
      receives('WLF00001164', t('기초연금 수급', 'Basic Pension recipient'), 'person'),
      '==',
      lit(true),
    ),
    all(
      t('보훈대상자 (상이자)', 'veteran (wounded)'),
      cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
      judgement(
        t(
          '감면 대상 보훈 구분 (전상군경·공상군경·4·19혁명부상자·공상공무원·특별공로상이자·6·18자유상이자·5·18민주화운동부상자)',
          'an eligible veterans’ category (war- or duty-wounded, wounded in the April 19 or May 18 movements, duty-injured officials, …)',
        ),
        t('보훈 구분·상이 등급 (국가보훈부)', 'veterans’ category and injury grade (MPVA)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '이동전화 요금 감면: 생계·의료급여 기본료 2만 6,000원 한도 면제와 통화료 50% (월 최대 3만 3,500원), 주거·교육급여 기본료 1만 1,000원 한도 면제 (월 최대 2만 1,500원, 만 6세 이하 제외), 장애인·보훈 상이자 35%, 기초연금수급자 50% (월 최대 1만 1,000원)',
      'Mobile bill reductions: livelihood and medical benefit recipients get the base fee waived up to KRW 26,000 and 50% off calls (up to 33,500 a month); housing and education benefit recipients up to 11,000 (up to 21,500; children 6 or under excluded); disabled and wounded veterans 35%; Basic Pension recipients 50% (up to 11,000)',
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
  sources: [catalogue, booklet, reference],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089', 'WLF00001164'],
  parameters,
  cases,
});
