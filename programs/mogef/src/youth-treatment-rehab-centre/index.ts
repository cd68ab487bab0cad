import {
  all,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 청소년치료재활센터 운영 (WLF00003185), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003185&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title:
    '2024 나에게 힘이 되는 복지서비스 「청소년치료재활센터(국립중앙청소년디딤센터, 국립대구청소년디딤센터) 운영」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'youthTreatmentCentre.minAge',
    label: t('최저 연령 (만 나이)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9 }, sources: [booklet] }],
  },
  {
    id: 'youthTreatmentCentre.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'youthTreatmentCentre.didimCourseMonths',
    label: t('디딤과정 기간', 'length of the Didim course'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 4 }, sources: [booklet] }],
  },
  {
    id: 'youthTreatmentCentre.oreumCourseMonths',
    label: t('오름과정 기간', 'length of the Oreum course'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003185',
  version: '2026.1',
  name: t(
    '청소년치료재활센터 운영',
    'Residential youth treatment and rehabilitation centres (Didim centres)',
  ),
  ministry: '성평등가족부',
  bureau: '청소년보호환경과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'facility',
  cycle: 'monthly',
  summary: t(
    '정서·행동에 어려움이 있는 만 9~18세 청소년(우울증, 불안장애, 학교부적응, ADHD, 학대·학교폭력 피해 등)에게 거주형 치유재활 과정(디딤과정 4개월, 오름과정 1개월, 단기캠프)을 제공합니다. 서류심사·심층면접·입퇴교판정위원회 심사로 선정합니다.',
    'Youth aged 9 to 18 with emotional or behavioural difficulties (depression, anxiety, school maladjustment, ADHD, abuse or school-violence victims) get residential treatment courses (4-month Didim course, 1-month Oreum course, short camps); selection by document review, interview and an admissions committee.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('youthTreatmentCentre.minAge')),
    cmp(t('만 18세 이하', 'aged 18 or under'), v('person.age'), '<=', param('youthTreatmentCentre.maxAge')),
    judgement(
      t('정서·행동상의 어려움 및 입교 선정', 'emotional or behavioural difficulties and admission'),
      t(
        '정서·행동 어려움 정도와 서류심사·심층면접·입퇴교판정위원회 결정',
        'degree of difficulty and the document review, interview and admissions-committee decision',
      ),
    ),
  ),
  benefit: {
    description: t(
      '거주형 치유재활: 디딤과정(4개월), 오름과정(1개월), 단기캠프 등; 상담·치료(정신의학적 상담), 보호, 교육(검정고시 지원), 자립지도(직업교육·체험활동)',
      'residential treatment: Didim course (4 months), Oreum course (1 month), short camps; counselling and psychiatric care, protection, education (qualification exams), self-reliance guidance (vocational training, activities)',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
