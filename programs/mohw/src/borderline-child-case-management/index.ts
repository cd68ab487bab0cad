import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 고난도 보호대상아동 맞춤형 사례관리서비스 (WLF00003223), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003223&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「경계선지능아동 맞춤형 사례관리서비스」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00003223',
  version: '2026.1',
  name: t(
    '고난도 보호대상아동 맞춤형 사례관리서비스',
    'Case management for children in care with borderline intellectual functioning',
  ),
  ministry: '보건복지부',
  bureau: '아동보호자립과',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['child'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '경계선지능아동에 특화된 자립지원서비스를 제공하여 자립능력을 향상하고, 전문인력 양성을 통해 보호대상아동에게 양질의 맞춤형 서비스를 제공합니다.',
    'Provides independence support tailored to children with borderline intelligence to raise their self-reliance, and trains specialists so that children in care receive good tailored services.',
  ),
  criteria: all(
    undefined,
    cmp(t('아동복지시설 보호아동', 'child in care'), fact('fosterCare'), '==', lit(true)),
    judgement(
      t(
        '선별검사로 경계선지능 진단 및 종합심사 선정',
        'diagnosed with borderline intelligence by the screening test and selected by the review',
      ),
      t(
        '경계선지능 선별검사 결과와 아동권리보장원 종합심사',
        'screening result and the review by the National Center for the Rights of the Child',
      ),
    ),
  ),
  benefit: {
    description: t(
      '경계선지능 선별검사 비용 지원, 아동 맞춤형 사례관리 서비스',
      'Screening test costs and tailored case management for the child',
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
