import {
  all,
  any,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 청소년성문화센터설치운영 (WLF00004650), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004650&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「청소년성문화센터」',
  status: 'official',
};
const lawChildYouth: Source = {
  title: '아동·청소년의 성보호에 관한 법률 제2조 제1호 (아동·청소년: 19세 미만)',
  url: 'https://www.law.go.kr/법령/아동ㆍ청소년의성보호에관한법률',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'youthSexEducationCentre.ageLimit',
    label: t('아동·청소년 연령 (만 나이 미만)', 'child and youth age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [lawChildYouth] }],
  },
];

export default defineProgram({
  id: 'WLF00004650',
  version: '2026.1',
  name: t('청소년성문화센터설치운영', 'Youth sex-culture centres (sex education)'),
  ministry: '성평등가족부',
  bureau: '아동청소년성보호과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '아동·청소년과 부모·교사 등에게 연령별·대상별 맞춤형 성교육과 성범죄 예방교육을 제공하고, 시설·학교로 찾아가는 성교육을 실시합니다. (교사 등 기관 관계자는 개인 자격 판정 대상이 아님)',
    'Children and youth, parents and teachers get sex education and sex-crime prevention education tailored to age and audience, including outreach to facilities and schools. (Teachers and other professionals are not assessed as individuals.)',
  ),
  criteria: all(
    undefined,
    any(
      t('아동·청소년 또는 그 부모·보호자', 'a child or youth, or their parent or carer'),
      cmp(
        t('만 19세 미만 (아동·청소년)', 'under 19 (child or youth)'),
        v('person.age'),
        '<',
        param('youthSexEducationCentre.ageLimit'),
      ),
      someMember(
        t(
          '만 19세 미만 아동·청소년과 함께 사는 부모·보호자',
          'parent or carer living with a child or youth under 19',
        ),
        cmp(t('만 19세 미만', 'under 19'), v('person.age'), '<', param('youthSexEducationCentre.ageLimit')),
        { excludeSubject: true },
      ),
    ),
    judgement(
      t('교육 예약', 'booking'),
      t('지역 청소년성문화센터 교육 예약·정원', 'booking and places at the local centre'),
    ),
  ),
  benefit: {
    description: t(
      '연령별·대상별 맞춤형 성교육 및 성범죄 예방교육, 찾아가는 성교육',
      'age- and audience-specific sex education and sex-crime prevention, outreach sessions',
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
  sources: [catalogue, booklet, lawChildYouth],
  fidelity: 'summary',
  parameters,
  cases,
});
