import { cmp, defineProgram, fact, lit, someMember, t, z } from '@bokji/core';
import { cases } from './cases.js';

export default defineProgram({
  id: 'WLF00000059',
  version: '2026.1',
  name: t('희망복지지원단 통합사례관리', 'Integrated case management by the Hope Welfare Support Team'),
  ministry: '보건복지부',
  bureau: '지역복지과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '지역주민의 다양한 욕구에 맞춤형 서비스를 연계, 제공함으로써 지역주민의 안정적인 삶을 지원합니다.',
    'Links and provides services that fit local residents’ varied needs so they can live stable lives; households in crisis with complex needs get integrated case management.',
  ),
  criteria: someMember(
    t('가구원이 통합사례관리 대상으로 선정됨', 'a member was selected for integrated case management'),
    cmp(
      t('통합사례관리 대상 선정', 'selected for integrated case management'),
      fact('caseManagementReferral'),
      '==',
      lit(true),
    ),
  ),
  benefit: {
    description: t('필요 시 서비스 제공', 'service'),
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
      title: '복지로 희망복지지원단 통합사례관리 (WLF00000059), 2026 중앙부처 복지서비스 목록',
      url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000059&wlfareInfoReldBztpCd=01',
      status: 'official',
    },
  ],
  fidelity: 'summary',
  parameters: [],
  cases,
});
