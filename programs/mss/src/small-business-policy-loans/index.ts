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
  title: '복지로 소상공인지원(융자) (WLF00000058), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000058&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「소상공인 지원(융자)」',
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
    'smallBusinessLoans.maxEmployees',
    ['상시근로자 수 (미만)', 'regular employees (fewer than)'],
    'count',
    5,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'smallBusinessLoans.maxEmployeesIndustry',
    [
      '상시근로자 수 (광업·제조업·건설업·운수업, 미만)',
      'regular employees in mining, manufacturing, construction and transport (fewer than)',
    ],
    'count',
    10,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'smallBusinessLoans.maxLoan',
    ['업체당 대출 한도', 'loan limit per business'],
    'krw',
    70000000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'smallBusinessLoans.termYears',
    ['대출 기간 (년 이내)', 'loan term (years)'],
    'years',
    5,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'smallBusinessLoans.graceYears',
    ['거치 기간 (년)', 'grace period (years)'],
    'years',
    2,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00000058',
  version: '2026.1',
  name: t('소상공인지원(융자)', 'Policy loans for small businesses'),
  ministry: '중소벤처기업부',
  bureau: '소상공인경영안정정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '국가경제의 균형발전을 도모하기 위하여 소상공인의 창업 및 경영 개선 활동을 지원합니다.',
    'Supports small businesses in starting up and improving their operations, for balanced growth of the national economy.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('사업자 등록 (소상공인·자영업)', 'registered business (small business or self-employed)'),
      fact('smallBusiness'),
      '==',
      lit(true),
    ),
    cmp(
      t('영업 중 (폐업하지 않음)', 'trading (not closed)'),
      fact('smallBusiness', 'closedOn'),
      '==',
      lit('none', t('폐업일 없음', 'no closure date')),
    ),
    judgement(
      t(
        '상시근로자 5명(광업·제조업·건설업·운수업 10명) 미만, 유흥·향락·전문업종 등 제외 업종 아님',
        'fewer than 5 regular employees (10 in mining, manufacturing, construction and transport), and not an excluded trade (entertainment, professional services, …)',
      ),
      t('사업장 확인 (소상공인시장진흥공단)', 'business check (SEMAS)'),
    ),
  ),
  benefit: {
    description: t(
      '점포 운영을 위한 저금리 정책자금 대출, 업체당 최대 7,000만 원 (5년 이내, 2년 거치); 금리는 분기별 공고',
      'Low-interest policy loans for running a shop, up to KRW 70,000,000 per business (up to 5 years, 2 years’ grace); rates announced quarterly',
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
  parameters,
  cases,
});
