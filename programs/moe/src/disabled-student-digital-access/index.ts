import { all, any, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애학생 정보격차 해소 지원 (WLF00001075), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001075&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애학생 정보격차 해소 지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 장애학생 정보격차 해소 지원 상세 (2022 수집본): 특수교육대상자 선정 기준',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001075&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const SCHOOL = ['elementary', 'middle', 'high'];
const inSchool = () =>
  cmp(
    t('초·중·고등학교 재학', 'enrolled in elementary, middle or high school'),
    fact('student', 'level'),
    'in',
    lit(SCHOOL, t('초·중·고', 'elementary, middle or high')),
  );

export default defineProgram({
  id: 'WLF00001075',
  version: '2026.1',
  name: t('장애학생 정보격차 해소 지원', 'Digital-Divide Support for Students with Disabilities'),
  ministry: '교육부',
  bureau: '디지털교육지원과',
  legalBasis: [t('장애인 등에 대한 특수교육법', 'Act on Special Education for Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['disability'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '특수교육대상자를 위한 교수-학습 지원 콘텐츠 개발 및 사이트를 운영하여 정보격차 해소를 지원합니다.',
    'Develops teaching and learning content for special-education students and runs websites for it, closing the digital divide.',
  ),
  criteria: all(
    undefined,
    inSchool(),
    any(
      t(
        '특수교육대상자 (시각·청각·지적·지체·정서행동·자폐성·의사소통·학습·건강장애, 발달지체 등)',
        'special-education student (visual, hearing, intellectual, physical, emotional-behavioural, autistic, communication, learning or health disability, developmental delay, …)',
      ),
      cmp(t('등록 장애', 'registered disability'), fact('disability'), '==', lit(true)),
      judgement(
        t(
          '특수교육대상자로 선정 (장애 미등록)',
          'selected for special education (no disability registration)',
        ),
        t('특수교육대상자 선정 결과', 'special-education selection'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '에듀에이블(www.eduable.net) 등에서 장애학생 교수·학습용 온라인 콘텐츠, 대체학습 자료, 소프트웨어교육 자료, 장애공감·통합교육 자료 제공 (담당 교원도 이용)',
      'Online teaching and learning content, alternative-format textbooks, software-education and disability-awareness materials on Eduable (www.eduable.net) and similar sites (their teachers use them too)',
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
  sources: [catalogue, booklet, detail2022],
  fidelity: 'summary',
  parameters: [],
  cases,
});
