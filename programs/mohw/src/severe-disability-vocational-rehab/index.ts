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
  title: '복지로 중증장애인직업재활지원 (WLF00003189), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003189&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「중증장애인 직업재활 지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 「중증장애인직업재활지원」 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'severeDisabilityVocationalRehab.minAge',
    label: t('지원 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [booklet] }],
  },
  {
    id: 'severeDisabilityVocationalRehab.trainingAllowance',
    label: t('직업적응훈련수당 (월)', 'vocational adaptation training allowance (monthly)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2022-01-01',
        value: { type: 'scalar', value: 100000 },
        sources: [detail2022],
        note: '2022년 복지로 상세: 직업적응훈련수당 월 10만원 (훈련수당 지급 대상자: 출석일수 80% 이상 등)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003189',
  version: '2026.1',
  name: t('중증장애인직업재활지원', 'Vocational rehabilitation for people with severe disabilities'),
  ministry: '보건복지부',
  bureau: '장애인자립기반과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '사각지대 없는 촘촘한 직업재활서비스 제공을 통해 중증장애인의 자립기반을 마련하고 사회참여 증진을 도모합니다.',
    'Provides seamless vocational rehabilitation services so that people with severe disabilities can build a basis for independent living and take part in society.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 15세 이상', 'aged 15 or over'),
      v('person.age'),
      '>=',
      param('severeDisabilityVocationalRehab.minAge'),
    ),
    any(
      t('등록장애인 또는 특수교육대상자', 'registered disabled person or special-education student'),
      cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
      judgement(
        t('특수교육대상자', 'special-education student'),
        t(
          '특수교육대상자 선정 여부 (교육청)',
          'whether the person is a designated special-education student (education office)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '직업상담·평가 → 직업재활계획 수립 → 직업적응훈련 → 취업알선 → 취업 후 적응지원 등 직업재활서비스. 직업적응훈련수당 월 10만원 (2022년 기준, 출석 요건 충족 훈련생)',
      'Vocational rehabilitation: counselling and assessment, a rehabilitation plan, adaptation training, job placement and follow-up support. Training allowance 100,000 a month (2022 figure, for trainees meeting the attendance rule)',
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
  parameters: parameters,
  cases,
});
