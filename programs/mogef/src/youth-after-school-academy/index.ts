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
  title: '복지로 청소년방과후아카데미운영지원 (WLF00003254), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003254&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「청소년 방과후 아카데미 운영지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'youthAfterSchoolAcademy.fromElementaryGrade',
    label: t('대상 시작 학년 (초등)', 'first eligible grade (elementary)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 4 }, sources: [booklet] }],
  },
  {
    id: 'youthAfterSchoolAcademy.toMiddleGrade',
    label: t('대상 마지막 학년 (중등)', 'last eligible grade (middle school)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003254',
  version: '2026.1',
  name: t('청소년방과후아카데미운영지원', 'Youth after-school academies'),
  ministry: '성평등가족부',
  bureau: '청소년활동진흥과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: [],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '맞벌이·한부모·조손·다문화·장애가정, 2자녀 이상 가정 등 방과후 돌봄이 필요한 초등 4학년~중등 3학년 청소년에게 학습지원, 캠프, 상담, 전문체험활동, 급식을 주 5일 하루 4시간 이상 제공합니다.',
    'Pupils from grade 4 of elementary to grade 3 of middle school who need after-school care (dual-earner, single-parent, grandparent, multicultural or disabled families, families with 2+ children, …) get study support, camps, counselling, activities and dinner, 5 days a week for 4+ hours a day.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('초등학생 또는 중학생', 'elementary or middle-school pupil'),
      fact('student', 'level'),
      'in',
      lit(['elementary', 'middle']),
    ),
    judgement(
      t('초등 4학년~중등 3학년', 'grade 4 of elementary to grade 3 of middle school'),
      t('학년 (학년 자료 없음)', 'school grade (no grade data)'),
    ),
    any(
      t('방과후 돌봄이 필요한 가정', 'family needing after-school care'),
      someMember(
        t('한부모가족 지원 대상 가구원', 'a household member certified as a single-parent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('다문화가족 구성원', 'member of a multicultural family'),
        cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
      ),
      someMember(
        t('장애가 있는 가구원', 'a household member with a disability'),
        cmp(t('등록장애', 'registered disability'), fact('disability'), '==', lit(true)),
      ),
      judgement(
        t(
          '맞벌이·조손·2자녀 이상 등 방과후 돌봄 필요',
          'dual earners, grandparent family, 2+ children or another care need',
        ),
        t('가정의 방과후 돌봄 필요 (운영기관 확인)', 'the family’s after-school care need (operator)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '학습지원, 캠프, 상담, 전문체험활동(예술·과학·진로·봉사·리더십·동아리), 급식(석식); 주 5일 1일 4시간 이상',
      'study support, camps, counselling, activities (arts, science, careers, volunteering, leadership, clubs), dinner; 5 days a week, 4+ hours a day',
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
