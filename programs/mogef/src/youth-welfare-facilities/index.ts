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
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 청소년복지시설 운영 지원 (WLF00000751), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000751&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「청소년쉼터」', status: 'official' };
const lawYouth: Source = {
  title: '청소년 기본법 제3조 제1호 (청소년: 9세 이상 24세 이하)',
  url: 'https://www.law.go.kr/법령/청소년기본법',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'youthShelter.minAge',
    label: t('청소년 최저 연령 (만 나이)', 'youth minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9 }, sources: [lawYouth] }],
  },
  {
    id: 'youthShelter.maxAge',
    label: t('청소년 최고 연령 (만 나이, 이하)', 'youth maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [lawYouth] }],
  },
  {
    id: 'youthShelter.maxStayYears',
    label: t('중장기쉼터 최장 입소기간', 'maximum stay in a mid-to-long-term shelter'),
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 4 },
        sources: [booklet],
        note: '중장기쉼터 3년 이내 (최장 4년)',
      },
    ],
  },
  {
    id: 'youthShelter.housingWithinYears',
    label: t('LH 임대주택 우선지원: 퇴소 후 기간', 'LH rental priority: years since leaving'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [booklet] }],
  },
  {
    id: 'youthShelter.housingMinStayYears',
    label: t('LH 임대주택 우선지원: 최소 이용기간', 'LH rental priority: minimum stay'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000751',
  version: '2026.1',
  name: t('청소년복지시설 운영 지원', 'Youth welfare facilities (youth shelters)'),
  ministry: '성평등가족부',
  bureau: '청소년자립지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: [],
  provision: 'facility',
  cycle: 'annual',
  summary: t(
    '가정 내 갈등·학대·폭력·방임, 가정해체, 가출 등으로 보호자로부터 이탈한 청소년(청소년 기본법상 9~24세)을 청소년쉼터에서 보호하고 의식주, 상담, 의료·법률 연계, 진로·직업·학업복귀를 지원합니다. 일시(7일 이내)·단기(3개월 이내)·중장기(3년 이내, 최장 4년) 쉼터가 있습니다.',
    'Youth (aged 9 to 24 under the Framework Act on Juveniles) who have left their guardians because of family conflict, abuse, violence, neglect, family breakdown or running away are sheltered and get food and housing, counselling, medical and legal referrals, and career, job and schooling support. Shelters are temporary (up to 7 days), short-term (up to 3 months) or mid-to-long-term (up to 3 years, at most 4).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 9세 이상 (청소년)', 'aged 9 or over (youth)'),
      v('person.age'),
      '>=',
      param('youthShelter.minAge'),
    ),
    cmp(
      t('만 24세 이하 (청소년)', 'aged 24 or under (youth)'),
      v('person.age'),
      '<=',
      param('youthShelter.maxAge'),
    ),
    any(
      t('보호자로부터 이탈해 보호가 필요한 청소년', 'youth away from their guardians who need protection'),
      cmp(
        t('학대·폭력 피해 (위기사유)', 'abuse or violence (crisis record)'),
        fact('crisis', 'kind'),
        'in',
        lit(['abuse', 'violence']),
      ),
      judgement(
        t(
          '가정 내 갈등·방임·가정해체·가출 등으로 보호자로부터 이탈',
          'away from guardians because of family conflict, neglect, family breakdown or running away',
        ),
        t(
          '가정 밖 청소년 여부와 보호 필요성 (청소년쉼터 판단)',
          'whether the young person is out of home and needs protection (youth shelter)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '(입소 중) 의식주 생활보호, 의료·법률자문 연계, 진로탐색·직업지도·직업훈련·취업지원, 검정고시·학업복귀 지원. (퇴소 후) 퇴소 예정 또는 퇴소 후 5년 이내이고 이용기간 2년 이상인 무주택자에게 LH 임대주택 우선지원',
      '(while resident) food, clothing and housing, medical and legal referrals, career guidance, vocational training and job support, exams and return to school. (after leaving) priority for LH rental housing for homeless leavers within 5 years of leaving who stayed 2+ years',
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
  sources: [catalogue, booklet, lawYouth],
  fidelity: 'summary',
  parameters,
  cases,
});
