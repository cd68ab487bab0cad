import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인 개인예산제 운영 (WLF00005853), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005853&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00005853',
  version: '2026.1',
  name: t('장애인 개인예산제 운영', 'Personal budget pilot for disabled people'),
  ministry: '보건복지부',
  bureau: '장애인정책과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'other',
  cycle: 'monthly',
  summary: t(
    '장애인의 선택권 강화, 서비스 칸막이를 제거하여 탄력적으로 서비스를 이용할 수 있도록 지원합니다.',
    'Strengthens disabled people’s choice and removes barriers between services so that they can use services flexibly.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    judgement(
      t('개인예산제 시범사업 참여자로 선정', 'selected for the personal budget pilot'),
      t('시범사업 지역·참여자 선정 (시군구)', 'pilot area and participant selection (local government)'),
    ),
  ),
  benefit: {
    description: t(
      '기존 서비스 급여의 일부를 개인예산으로 전환해 필요한 서비스·물품을 탄력적으로 이용',
      'Part of existing service entitlements becomes a personal budget to use flexibly for the services and goods needed',
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
