import { cmp, defineProgram, fact, lit, t, z } from '@bokji/core';
import { cases } from './cases.js';

export default defineProgram({
  id: 'WLF00003272',
  version: '2026.1',
  name: t('의사상자지원', 'Support for righteous persons killed or injured in rescues (의사상자)'),
  ministry: '보건복지부',
  bureau: '사회서비스자원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '본인의 직무와는 상관없이 타인의 생명이나 신체 또는 재산을 구하다가 사망하거나 부상을 입은 사람, 그 유족 또는 가족을 예우하고 지원합니다.',
    'Honours and supports people who died or were injured saving another person’s life, body or property outside their own duties, and their bereaved families.',
  ),
  criteria: cmp(
    t(
      '의사상자(본인·유족·가족)로 인정됨',
      'recognised as a righteous casualty (the person, or their bereaved family)',
    ),
    fact('righteousCasualty'),
    '==',
    lit(true),
  ),
  benefit: {
    description: t('1회 현금 지급', 'cash'),
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
  sources: [
    {
      title: '복지로 의사상자지원 (WLF00003272), 2026 중앙부처 복지서비스 목록',
      url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003272&wlfareInfoReldBztpCd=01',
      status: 'official',
    },
  ],
  fidelity: 'summary',
  parameters: [],
  cases,
});
