import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 중소기업 취업연계 장학사업 (희망사다리 I유형) (WLF00006270), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006270&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「중소기업 취업연계 장학사업(희망사다리Ⅰ유형)」',
  status: 'official',
};

const atUniversity = () =>
  cmp(
    t('대학 재학', 'enrolled at a university'),
    fact('student', 'level'),
    '==',
    lit('university', t('대학', 'university')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'hopeLadder1Scholarship.careerGrantPerSemester',
    label: { ko: '취·창업지원금 (학기당)', en: 'employment and start-up grant (per semester)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 2000000 },
        sources: [booklet],
        note: '직무기초교육 미이수 시 해당 학기 지원금 반환',
      },
    ],
  },
  {
    id: 'hopeLadder1Scholarship.minScore',
    label: {
      ko: '직전학기 성적 기준 (100점 만점, 이상)',
      en: 'previous-semester grade (out of 100, minimum)',
    },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 70 }, sources: [booklet] }],
  },
  {
    id: 'hopeLadder1Scholarship.defaultMinCredits',
    label: {
      ko: '최소 이수학점 (대학 기준 없을 때)',
      en: 'minimum credits (where the university sets none)',
    },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006270',
  version: '2026.1',
  name: t(
    '중소기업 취업연계 장학사업 (희망사다리 I유형)',
    'Hope Ladder Scholarship Type I (SME Employment-Linked)',
  ),
  ministry: '교육부',
  bureau: '청년장학지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'other',
  cycle: 'semiannual',
  summary: t(
    '중소․중견기업 취업 및 창업을 희망하는 대학생에게 장학금을 지원합니다.',
    'Scholarships for university students who want to work for or start a small or medium-sized business.',
  ),
  criteria: all(
    undefined,
    atUniversity(),
    judgement(
      t(
        '중소기업 취업·창업 희망 학부생 (일반대 3학년·전문대 2학년 이상, 원격대학·계약학과 제외), 직전학기 최소 이수학점·성적 70점 이상, 선발',
        'an undergraduate wanting to join or start an SME (3rd year+ at a university, 2nd year+ at a junior college; no distance universities or contract departments), minimum credits and a 70+ grade last semester, selected',
      ),
      t('학년·학과, 이수학점·성적과 선발 결과', 'year and department, credits, grades and selection'),
    ),
  ),
  benefit: {
    description: t(
      '학기당 등록금 전액과 취·창업지원금 학기당 2,000,000원 (직무기초교육 미이수 시 반환)',
      'Full tuition each semester and an employment/start-up grant of 2,000,000 a semester (repaid if basic job training is not completed)',
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
  parameters: parameters,
  cases,
});
