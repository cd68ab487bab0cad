import {
  all,
  any,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 암검진사업 (WLF00001176), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001176&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「국가건강검진제도」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'nationalCancerScreening.stomachAge',
    label: { ko: '위암 검진 연령 (이상)', en: 'stomach cancer: minimum age' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 40 }, sources: [book] }],
  },
  {
    id: 'nationalCancerScreening.liverAge',
    label: { ko: '간암 검진 연령 (이상, 고위험군)', en: 'liver cancer: minimum age (high risk)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 40 }, sources: [book] }],
  },
  {
    id: 'nationalCancerScreening.colorectalAge',
    label: { ko: '대장암 검진 연령 (이상)', en: 'colorectal cancer: minimum age' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 50 }, sources: [book] }],
  },
  {
    id: 'nationalCancerScreening.breastAge',
    label: { ko: '유방암 검진 연령 (이상, 여성)', en: 'breast cancer: minimum age (women)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 40 }, sources: [book] }],
  },
  {
    id: 'nationalCancerScreening.cervicalAge',
    label: { ko: '자궁경부암 검진 연령 (이상, 여성)', en: 'cervical cancer: minimum age (women)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20 }, sources: [book] }],
  },
  {
    id: 'nationalCancerScreening.lungMinAge',
    label: { ko: '폐암 검진 연령 하한 (고위험군)', en: 'lung cancer: minimum age (high risk)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 54 }, sources: [book] }],
  },
  {
    id: 'nationalCancerScreening.lungMaxAge',
    label: { ko: '폐암 검진 연령 상한 (이하)', en: 'lung cancer: maximum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 74 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001176',
  version: '2026.1',
  name: t('암검진사업', 'National cancer screening'),
  ministry: '보건복지부',
  bureau: '질병정책과',
  legalBasis: [t('암관리법', 'Cancer Control Act')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '국가 암검진 사업을 통해 암을 조기 발견, 치료를 유도함으로써 암의 치료율을 높이고 암으로 인한 사망을 줄입니다.',
    'Finds cancer early through national cancer screening and leads people to treatment, raising cure rates and reducing cancer deaths.',
  ),
  criteria: any(
    t('암종별 검진 대상', 'due for a cancer screening'),
    all(
      t('위암 (40세 이상, 2년 1회)', 'stomach (40+, every 2 years)'),
      cmp(
        t('만 40세 이상', 'aged 40 or over'),
        v('person.age'),
        '>=',
        param('nationalCancerScreening.stomachAge'),
      ),
      judgement(
        t('검진 주기(2년 1회) 해당', 'due in the 2-year screening cycle'),
        t('직전 검진 이력·검진표 (국민건강보험공단)', 'previous screening and check-up notice (NHIS)'),
      ),
    ),
    cmp(
      t('대장암: 만 50세 이상 (1년 1회)', 'colorectal: aged 50 or over (yearly)'),
      v('person.age'),
      '>=',
      param('nationalCancerScreening.colorectalAge'),
    ),
    all(
      t('유방암 (40세 이상 여성, 2년 1회)', 'breast (women 40+, every 2 years)'),
      cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
      cmp(
        t('만 40세 이상', 'aged 40 or over'),
        v('person.age'),
        '>=',
        param('nationalCancerScreening.breastAge'),
      ),
      judgement(
        t('검진 주기(2년 1회) 해당', 'due in the 2-year screening cycle'),
        t('직전 검진 이력·검진표 (국민건강보험공단)', 'previous screening and check-up notice (NHIS)'),
      ),
    ),
    all(
      t('자궁경부암 (20세 이상 여성, 2년 1회)', 'cervical (women 20+, every 2 years)'),
      cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
      cmp(
        t('만 20세 이상', 'aged 20 or over'),
        v('person.age'),
        '>=',
        param('nationalCancerScreening.cervicalAge'),
      ),
      judgement(
        t('검진 주기(2년 1회) 해당', 'due in the 2-year screening cycle'),
        t('직전 검진 이력·검진표 (국민건강보험공단)', 'previous screening and check-up notice (NHIS)'),
      ),
    ),
    all(
      t('간암 (40세 이상 고위험군, 6개월 1회)', 'liver (40+, high risk, every 6 months)'),
      cmp(
        t('만 40세 이상', 'aged 40 or over'),
        v('person.age'),
        '>=',
        param('nationalCancerScreening.liverAge'),
      ),
      judgement(
        t(
          '간암 발생 고위험군 (간경변증, B형 간염 항원·C형 간염 항체 양성, B·C형 간염 만성 간질환)',
          'high liver-cancer risk (cirrhosis, hepatitis B antigen or C antibody, chronic hepatitis B/C liver disease)',
        ),
        t('고위험군 여부 (검진 이력·진단)', 'risk status (records, diagnosis)'),
      ),
    ),
    all(
      t('폐암 (54~74세 고위험군, 2년 1회)', 'lung (54–74, high risk, every 2 years)'),
      cmp(
        t('만 54세 이상', 'aged 54 or over'),
        v('person.age'),
        '>=',
        param('nationalCancerScreening.lungMinAge'),
      ),
      cmp(
        t('만 74세 이하', 'aged 74 or under'),
        v('person.age'),
        '<=',
        param('nationalCancerScreening.lungMaxAge'),
      ),
      judgement(
        t('30갑년 이상 흡연력 등 폐암 고위험군', 'high lung-cancer risk (30+ pack-years, …)'),
        t('흡연력 문진', 'smoking history'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '국가 암검진: 위암(위내시경), 간암(간초음파·혈청알파태아단백), 대장암(분변잠혈검사 후 양성 시 대장내시경), 유방암(유방촬영술), 자궁경부암(자궁경부세포검사), 폐암(저선량 흉부CT). 국민건강보험공단 검진표와 신분증을 지참해 검진기관 방문',
      'National cancer screening: stomach (endoscopy), liver (ultrasound and AFP), colorectal (faecal occult blood, then colonoscopy if positive), breast (mammography), cervical (Pap smear), lung (low-dose CT). Bring the NHIS notice and ID to a screening centre',
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
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
