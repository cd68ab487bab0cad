import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 발달장애인 자기주도 재직자 훈련 (WLF00006317), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006317&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006317',
  version: '2026.1',
  name: t(
    '발달장애인 자기주도 재직자 훈련',
    'Self-directed in-work training for workers with developmental disabilities',
  ),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['disability'],
  provision: 'other',
  cycle: 'annual',
  summary: t(
    '발달장애 근로자에게 직업생활 유지를 위한 직무능력 향상 및 기초 소양 훈련 프로그램을 제공합니다.',
    'Provides workers with developmental disabilities with job-skills and basic training to help them keep working.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '발달장애(지적·자폐성장애) 근로자',
        'a worker with a developmental (intellectual or autistic) disability',
      ),
      t('장애 유형 (장애인등록)', 'disability type (disability registration)'),
    ),
  ),
  benefit: {
    description: t(
      '직업생활 유지를 위한 직무능력 향상 및 기초 소양 훈련 프로그램 (연 단위)',
      'Job-skills and basic training programmes to keep working (yearly)',
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
  parameters: [],
  cases,
});
