import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인 자립지원 시범사업 (WLF00005024), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005024&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00005024',
  version: '2026.1',
  name: t('장애인 자립지원 시범사업', 'Pilot of community independence support for disabled people'),
  ministry: '보건복지부',
  bureau: '장애인정책과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['disability'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '지역사회 자립을 희망하는 장애인 대상 주택 및 주거서비스 지원을 통해 장애인의 지역사회 자립 및 안정적 정착을 지원합니다.',
    'Supports disabled people who wish to live independently in the community with housing and housing services so that they can settle stably.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '지역사회 자립을 희망하며 시범사업 대상자로 선정',
        'wishes to live independently in the community and is selected for the pilot',
      ),
      t(
        '자립 희망 의사와 시범사업 지역·대상자 선정 (시군구)',
        'wish for independence and pilot-area selection (local government)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '지역사회 자립을 위한 주택 및 주거서비스 지원',
      'Housing and housing services for independent living in the community',
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
