import { all, defineProgram, judgement, type ParameterDefinition, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 웹정보접근성제고 (WLF00006207), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006207&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006207',
  version: '2026.1',
  name: t('웹정보접근성제고', 'Web accessibility improvement'),
  ministry: '과학기술정보통신부',
  bureau: '디지털포용정책팀',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability'],
  provision: 'service',
  cycle: 'other',
  summary: t(
    '장애인을 포함한 국민 모두가 공평하게 정보화의 혜택을 영위할 수 있도록 정보접근 환경을 조성하여 웹 접근성 제고 및 차별 없는 인터넷 이용환경을 조성합니다.',
    'Builds an accessible information environment so that everyone, including people with disabilities, benefits equally from information technology: better web accessibility and an internet free of discrimination.',
  ),
  criteria: all(
    undefined,
    judgement(
      t(
        '웹 접근성 개선 서비스 이용 (개인 선정 절차 없음)',
        'use of the improved accessibility services (no individual selection)',
      ),
      t('이용 (개별 신청 없음)', 'use (no individual application)'),
    ),
  ),
  benefit: {
    description: t(
      '웹 접근성 제고와 차별 없는 인터넷 이용환경 조성 (개인 급여 없음)',
      'Better web accessibility and a discrimination-free internet (no individual benefit)',
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
  sources: [catalogue],
  fidelity: 'summary',
  openToAll: t(
    '개인 대상 요건이 없는 정보접근 환경 조성 사업 (장애인을 포함한 국민 모두)',
    'an accessibility programme with no individual eligibility rules (everyone, including people with disabilities)',
  ),
  parameters,
  cases,
});
