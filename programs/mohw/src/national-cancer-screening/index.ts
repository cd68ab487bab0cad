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

const record: Source = {
  title: '복지로 암검진사업 (WLF00001176) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001176&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「국가건강검진제도」', status: 'official' };

/** A scalar in force from 2024 (2024 booklet) and confirmed for 2026 by the detail record. */
const confirmed = (
  id: string,
  ko: string,
  en: string,
  unit: ParameterDefinition['unit'],
  value: number,
): ParameterDefinition => ({
  id,
  label: { ko, en },
  unit,
  versions: [
    { from: '2024-01-01', value: { type: 'scalar', value }, sources: [book] },
    { from: '2026-01-01', value: { type: 'scalar', value }, sources: [record] },
  ],
});

const parameters: ParameterDefinition[] = [
  confirmed(
    'nationalCancerScreening.stomachAge',
    '위암 검진 연령 (이상)',
    'stomach cancer: minimum age',
    'years',
    40,
  ),
  confirmed(
    'nationalCancerScreening.liverAge',
    '간암 검진 연령 (이상, 고위험군)',
    'liver cancer: minimum age (high risk)',
    'years',
    40,
  ),
  confirmed(
    'nationalCancerScreening.colorectalAge',
    '대장암 검진 연령 (이상)',
    'colorectal cancer: minimum age',
    'years',
    50,
  ),
  confirmed(
    'nationalCancerScreening.breastAge',
    '유방암 검진 연령 (이상, 여성)',
    'breast cancer: minimum age (women)',
    'years',
    40,
  ),
  confirmed(
    'nationalCancerScreening.cervicalAge',
    '자궁경부암 검진 연령 (이상, 여성)',
    'cervical cancer: minimum age (women)',
    'years',
    20,
  ),
  confirmed(
    'nationalCancerScreening.lungMinAge',
    '폐암 검진 연령 하한 (고위험군)',
    'lung cancer: minimum age (high risk)',
    'years',
    54,
  ),
  confirmed(
    'nationalCancerScreening.lungMaxAge',
    '폐암 검진 연령 상한 (이하)',
    'lung cancer: maximum age (inclusive)',
    'years',
    74,
  ),
  {
    id: 'nationalCancerScreening.intervalMonths',
    label: { ko: '암종별 검진 주기 (개월)', en: 'screening interval by cancer (months)' },
    unit: 'months',
    versions: [
      {
        from: '2026-01-01',
        value: {
          type: 'byKey',
          values: { stomach: 24, liver: 6, colorectal: 12, breast: 24, cervical: 24, lung: 24 },
        },
        sources: [record],
      },
    ],
  },
  {
    id: 'nationalCancerScreening.copaySupportPremium',
    label: {
      ko: '본인부담금 지원 건강보험료 기준 (월, 이하)',
      en: 'copay support: monthly health premium limit (at most)',
    },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { employee: 127500, regional: 57000 } },
        sources: [record],
        note: '보험료 부과기준 2025년 11월 기준 (직장가입자 월 127,500원, 지역가입자 월 57,000원 이하)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001176',
  version: '2026.1',
  name: t('암검진사업', 'National cancer screening'),
  ministry: '보건복지부',
  bureau: '질병정책과',
  legalBasis: [
    t('암관리법', 'Cancer Control Act'),
    t('암관리법 시행령', 'Enforcement Decree of the Cancer Control Act'),
    t('암관리법 시행규칙', 'Enforcement Rules of the Cancer Control Act'),
  ],
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
          '해당연도 전 2년간 간암발생고위험군 해당자',
          'in the high liver-cancer risk group in the two years before the year',
        ),
        t('간암발생고위험군 여부 (국민건강보험공단 자격·진료 이력)', 'risk status (NHIS records)'),
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
        t('폐암발생 고위험군 해당자', 'in the high lung-cancer risk group'),
        t('폐암발생 고위험군 여부 (2026 사업안내 기준)', 'risk status (2026 programme guidance)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '위암·간암·대장암·자궁경부암·유방암·폐암 6종 검진 (주기: 위암·유방암·자궁경부암·폐암 2년, 대장암 1년, 간암 6개월). 수검자 자부담 10% 지원: 의료급여수급권자, 건강보험가입자 하위 50% (보험료 부과기준 직장가입자 월 127,500원 이하·지역가입자 월 57,000원 이하, 2025년 11월 기준), 건강보험가입자 상위 50%의 대장암·자궁경부암 대상자',
      'Screening for six cancers (stomach, liver, colorectal, cervical, breast, lung; every 2 years, colorectal yearly, liver every 6 months). The 10% own share is paid for medical aid recipients, the insured in the lower 50% (monthly premium at most 127,500 for employees or 57,000 for regional members, as of November 2025), and the upper 50% for colorectal and cervical screening',
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
  sources: [record, book],
  fidelity: 'statutory',
  parameters,
  cases,
});
