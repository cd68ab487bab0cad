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
  title: '복지로 (북한이탈주민) 탈북청소년 교육지원 (WLF00000086), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000086&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「탈북학생 교육 지원(멘토링 지원 등)」',
  status: 'official',
};
const booklet2: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「탈북학생 교육 지원(학력인정 등)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000086',
  version: '2026.1',
  name: t('(북한이탈주민) 탈북청소년 교육지원', 'Education support for North Korean defector youth'),
  ministry: '통일부',
  bureau: '자립지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: ['multicultural'],
  provision: 'cash',
  cycle: 'quarterly',
  summary: t(
    '탈북청소년의 학교생활 적응 지원을 통해 대한민국의 건강한 구성원으로 자립할 수 있도록 지원합니다.',
    'Helps North Korean defector youth adjust to school life so that they can become healthy, self-reliant members of Korean society.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('초·중·고등학교 재학', 'in elementary, middle or high school'),
      fact('student', 'level'),
      'in',
      lit(['elementary', 'middle', 'high']),
    ),
    any(
      t(
        '탈북학생 (북한 출생 또는 북한이탈주민 가정의 제3국 출생 자녀)',
        'North Korean-born student, or a defector family’s child born in a third country',
      ),
      cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
      all(
        t('북한이탈주민 가정의 제3국 출생 자녀', 'defector family’s child born in a third country'),
        someMember(
          t('가구에 북한이탈주민 (부모)', 'a North Korean defector (parent) in the household'),
          cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
          { excludeSubject: true },
        ),
        judgement(
          t('제3국 출생 자녀', 'born in a third country'),
          t(
            '자녀의 출생지 (통일부·교육청 확인)',
            'the child’s place of birth (unification ministry or education office)',
          ),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '담임·교과 교사 1:1 맞춤형 멘토링, 2년 이상 장기 성장 멘토링, 심리상담; 북한 학력 인정, 장학금, 대안교육시설, 방과후공부방, 그룹홈, 화상영어교육 등 교육 서비스',
      'One-to-one mentoring by teachers, long-term mentoring of 2+ years and counselling; recognition of North Korean schooling, scholarships, alternative schools, after-school study rooms, group homes, online English and other services',
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
      {
        id: 'defectorCertificate',
        label: t('북한이탈주민 확인서', 'North Korean defector certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet, booklet2],
  fidelity: 'summary',
  parameters,
  cases,
});
