import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 푸른등대기부장학금 (WLF00006228), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006228&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「푸른등대 기부장학사업」',
  status: 'official',
};

const atUniversity = () =>
  cmp(
    t('대학 재학', 'enrolled at a university'),
    fact('student', 'level'),
    '==',
    lit('university', t('대학', 'university')),
  );

export default defineProgram({
  id: 'WLF00006228',
  version: '2026.1',
  name: t('푸른등대기부장학금', 'Blue Lighthouse Donation Scholarship'),
  ministry: '교육부',
  bureau: '한국장학재단',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen'],
  situations: [],
  provision: 'cash',
  cycle: 'semiannual',
  summary: t(
    '저소득층 및 소외계층 가정 학생들을 위한 장학금 지원으로 우수인재 양성을 도모하고자 합니다.',
    'Donation-funded scholarships for students from low-income and marginalised families, to foster talented young people.',
  ),
  criteria: all(
    undefined,
    atUniversity(),
    judgement(
      t(
        '국내 4년제·전문대학 재학생 중 기부처별 신청자격 충족 (원격대학·기능대·평생교육원 등 제외)',
        'a student at a four-year university or junior college meeting the donor’s criteria (distance universities, polytechnics and lifelong-education institutes excluded)',
      ),
      t('기부처별 선발요건과 심사 결과', 'the donor’s criteria and the selection'),
    ),
  ),
  benefit: {
    description: t(
      '생활비 장학금 (매 학기 신규 선발; 기부처별 지원금액·지원기간·심사기준 상이)',
      'Living-cost scholarships (new scholars every semester; amounts, duration and criteria vary by donor)',
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
  parameters: [],
  cases,
});
