import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인 건강주치의 시범사업 (WLF00005034), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005034&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00005034',
  version: '2026.1',
  name: t('장애인 건강주치의 시범사업', 'Primary care physician pilot for disabled people'),
  ministry: '보건복지부',
  bureau: '장애인건강과',
  legalBasis: [
    t(
      '장애인 건강권 및 의료접근성 보장에 관한 법률',
      'Act on Guarantee of the Right to Health and Access to Medical Services for Persons with Disabilities',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'other',
  cycle: 'annual',
  summary: t(
    '장애인에게 건강주치의를 통한 만성질환 및 장애 관련 건강관리 서비스를 제공하여 의료서비스 이용 접근성을 향상시킵니다.',
    'Gives disabled people health management for chronic conditions and disability through a primary care physician, improving access to medical care.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '시범사업 참여 주치의에게 건강관리 서비스 신청·등록',
        'signs up with a participating primary care physician',
      ),
      t('주치의 등록 (시범사업 참여 의료기관)', 'registration with a participating physician'),
    ),
  ),
  benefit: {
    description: t(
      '건강주치의를 통한 만성질환 및 장애 관련 건강관리 서비스',
      'Health management for chronic conditions and disability by a primary care physician',
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
