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
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 전기요금 복지할인 (WLF00004639), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004639&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title:
    '2024 나에게 힘이 되는 복지서비스 「기초생활수급자를 위한 요금감면제도」·「장애인을 위한 요금감면제도」',
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
    'electricityDiscount.livelihoodMedicalMonthly',
    ['생계·의료급여 월 감면 한도', 'monthly cap, livelihood and medical benefit'],
    'krw/month',
    16000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'electricityDiscount.livelihoodMedicalSummer',
    ['생계·의료급여 하절기 월 감면 한도', 'summer monthly cap, livelihood and medical benefit'],
    'krw/month',
    20000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'electricityDiscount.housingEducationMonthly',
    ['주거·교육급여 월 감면 한도', 'monthly cap, housing and education benefit'],
    'krw/month',
    10000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'electricityDiscount.housingEducationSummer',
    ['주거·교육급여 하절기 월 감면 한도', 'summer monthly cap, housing and education benefit'],
    'krw/month',
    12000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'electricityDiscount.severeDisabilityMonthly',
    ['심한 장애인 월 감면 한도', 'monthly cap, severe disability'],
    'krw/month',
    16000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'electricityDiscount.severeDisabilitySummer',
    ['심한 장애인 하절기 월 감면 한도', 'summer monthly cap, severe disability'],
    'krw/month',
    20000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00004639',
  version: '2026.1',
  name: t('전기요금 복지할인', 'Electricity bill welfare discount'),
  ministry: '기후에너지환경부',
  bureau: '전력시장과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['veteran', 'disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '기초생활수급자, 차상위계층, 기초연금수급자, 장애인, 국가유공자의 전기요금 부담을 경감하고자 요금감면을 지원합니다.',
    'Reduces electricity bills for NBLSS recipients, near-poor households, Basic Pension recipients, people with disabilities and national merit holders.',
  ),
  criteria: any(
    t('복지할인 대상 가구', 'eligible household'),
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
    someMember(
      t('차상위계층 가구원', 'a near-poor member'),
      cmp(t('차상위계층', 'near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
    ),
    cmp(
      t('기초연금 수급', 'Basic Pension recipient'),
      receives('WLF00001164', t('기초연금 수급', 'Basic Pension recipient')),
      '==',
      lit(true),
    ),
    someMember(
      t('장애의 정도가 심한 장애인', 'a member with a severe disability'),
      cmp(
        t('장애의 정도가 심한 장애인', 'severe disability'),
        fact('disability', 'severity'),
        '==',
        lit('severe', t('심한 장애', 'severe')),
      ),
    ),
    all(
      t('국가유공자', 'national merit holder'),
      someMember(
        t('국가유공자 가구원', 'a national merit holder in the household'),
        cmp(
          t('국가유공자', 'national merit holder'),
          fact('veteran', 'category'),
          '==',
          lit('국가유공자', t('국가유공자', 'national merit holder')),
        ),
      ),
      judgement(
        t(
          '할인 대상 유공자 요건 (공식 자료에 세부 기준 없음)',
          'the merit-holder conditions for the discount (no details in the official texts)',
        ),
        t('한국전력 확인', 'KEPCO check'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '전기요금 감면: 생계·의료급여 월 최대 16,000원(하절기 20,000원), 주거·교육급여 월 최대 10,000원(하절기 12,000원), 장애의 정도가 심한 장애인 월 최대 16,000원(하절기 20,000원) 등',
      'Electricity bill reductions: livelihood and medical benefit recipients up to KRW 16,000 a month (20,000 in summer), housing and education benefit recipients 10,000 (12,000), people with severe disabilities 16,000 (20,000), and others',
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
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089', 'WLF00001164'],
  parameters,
  cases,
});
