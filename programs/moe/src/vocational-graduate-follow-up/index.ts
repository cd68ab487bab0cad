import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 고졸자 후속관리 지원모델 개발사업 (WLF00006305), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006305&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「고졸자 후속관리 지원모델 개발 사업」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006305',
  version: '2026.1',
  name: t(
    '고졸자 후속관리 지원모델 개발사업',
    'Follow-Up Employment Support for Vocational High-School Graduates',
  ),
  ministry: '교육부',
  bureau: '직업교육정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '미취업 또는 군 전역후 취업을 희망하는 직업계고 졸업생을 대상으로 거점학교에서 취업지원 서비스를 제공할 수 있도록 지원합니다.',
    'Funds hub schools to provide employment support to vocational high-school graduates who are not employed or who want work after military discharge.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('미취업', 'not employed'),
      fact('employment', 'status'),
      '==',
      lit('unemployed', t('미취업', 'unemployed')),
    ),
    judgement(
      t(
        '직업계고(마이스터고·특성화고·종합고) 졸업생 (군 전역 후 취업 희망 포함)',
        'a vocational high-school graduate (Meister, specialised or comprehensive; including after military discharge)',
      ),
      t('출신 고교 유형과 졸업 여부', 'type of school and graduation'),
    ),
  ),
  benefit: {
    description: t(
      '17개 거점학교·인근 학교 졸업생 대상 이력관리와 취업 지원',
      'Record-keeping and job-search support for graduates of 17 hub schools and nearby schools',
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
