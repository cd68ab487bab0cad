import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 범죄피해자에 대한 경제적 지원 사업 (WLF00003275), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003275&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「범죄피해자에 대한 경제적 지원 사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'crimeVictimFinancialSupport.livelihoodBySize',
    label: t('생계비 (가족 수별, 월)', 'living-cost support by family size (monthly)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'bySize', values: [600000, 1000000], extraPerMember: 300000 },
        sources: [booklet],
        note: '1인 가족 60만 원, 2인 가족 100만 원, 2인 초과 시 1인당 30만 원씩 증액',
      },
    ],
  },
  {
    id: 'crimeVictimFinancialSupport.livelihoodMaxMonths',
    label: t('생계비 지급 기간 (최대)', 'living-cost support period (maximum)'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'crimeVictimFinancialSupport.treatmentAnnualCap',
    label: t('치료비 연간 한도 (피해자 1인당)', 'yearly treatment cap per victim'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15000000 }, sources: [booklet] }],
  },
  {
    id: 'crimeVictimFinancialSupport.treatmentTotalCap',
    label: t('치료비 총 한도 (피해자 1인당)', 'total treatment cap per victim'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50000000 }, sources: [booklet] }],
  },
  {
    id: 'crimeVictimFinancialSupport.minDiagnosisWeeks',
    label: t('치료비 지원 진단 기간 (주 이상)', 'minimum diagnosed treatment period (weeks)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
  {
    id: 'crimeVictimFinancialSupport.counsellingPerSession',
    label: t('심리상담비 (회당 한도)', 'counselling per session (cap)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet] }],
  },
  {
    id: 'crimeVictimFinancialSupport.tuitionPerTerm',
    label: t('학자금 (학기당, 학교급별)', 'school costs per term by level'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            preschool: 300000,
            elementary: 500000,
            middle: 800000,
            high: 1000000,
            university: 1000000,
          },
        },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'crimeVictimFinancialSupport.funeralCap',
    label: t('장례비 한도 (사망 피해자 1인당)', 'funeral cost cap per deceased victim'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003275',
  version: '2026.1',
  name: t('범죄피해자에 대한 경제적 지원 사업', 'Financial support for crime victims'),
  ministry: '대검찰청',
  bureau: '인권기획담당관',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '범죄피해자에 대해 치료, 생계비, 학자금, 긴급생활안정비, 장례비 지급 등을 통해 범죄피해자의 피해회복 및 재활에 기여합니다.',
    'Helps crime victims recover and rehabilitate by paying treatment, living costs, school expenses, emergency living support, funeral costs and more.',
  ),
  criteria: any(
    t('범죄피해자 본인 또는 가족', 'the crime victim, or the victim’s family'),
    all(
      t('범죄피해자 본인', 'the victim in person'),
      cmp(
        t('범죄피해자 (법무부·대검찰청 확인)', 'registered crime victim'),
        fact('crimeVictim'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '생명·신체에 대한 범죄로 피해, 국내 발생, 피해자에게 중대한 귀책사유 없음, 가해자로부터 배상을 받지 못함',
          'harmed by a crime against life or body committed in Korea, without serious fault of the victim, and not compensated by the offender',
        ),
        t(
          '범죄 피해 경위와 배상 여부 (검찰청 경제적 지원 심의위원회)',
          'the circumstances and compensation (prosecutors’ financial support committee)',
        ),
      ),
    ),
    all(
      t(
        '범죄피해자의 배우자·직계친족·4촌 이내 친족',
        'spouse, lineal relative or relative within the fourth degree of the victim',
      ),
      someMember(
        t('가구에 범죄피해자', 'a crime victim in the household'),
        cmp(
          t('범죄피해자 (법무부·대검찰청 확인)', 'registered crime victim'),
          fact('crimeVictim'),
          '==',
          lit(true),
        ),
        { excludeSubject: true },
      ),
      judgement(
        t(
          '생명·신체에 대한 범죄로 피해, 국내 발생, 피해자에게 중대한 귀책사유 없음, 가해자로부터 배상을 받지 못함',
          'harmed by a crime against life or body committed in Korea, without serious fault of the victim, and not compensated by the offender',
        ),
        t(
          '범죄 피해 경위와 배상 여부 (검찰청 경제적 지원 심의위원회)',
          'the circumstances and compensation (prosecutors’ financial support committee)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '치료비(5주 이상 진단, 연 15,000,000원·총 50,000,000원 한도 실비), 심리치료비(상담 회당 100,000원 이내), 생계비(최대 3개월, 1인 600,000원·2인 1,000,000원·초과 1인당 300,000원), 학자금(학기당 어린이집·유치원 300,000원~고교·대학 1,000,000원, 연 2회), 장례비(500만 원 한도 실비) (2024년 기준)',
      'Treatment (diagnosis of 5+ weeks; actual costs up to 15,000,000 a year and 50,000,000 in total), counselling (up to 100,000 a session), living costs (up to 3 months: 600,000 for one person, 1,000,000 for two, +300,000 per extra person), school costs (300,000 preschool to 1,000,000 high school or university per term, twice a year), funeral costs (actual, up to 5,000,000) (2024)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
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
