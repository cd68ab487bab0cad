import { defineProgram, judgement, t, z } from '@bokji/core';
import { cases } from './cases.js';

export default defineProgram({
  id: 'WLF00000033',
  version: '2026.1',
  name: t('노인복지민간단체지원', 'Grants to private senior-welfare organisations'),
  ministry: '보건복지부',
  bureau: '노인지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['senior'],
  situations: [],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '노인단체 활동을 육성, 지원하여 노인들의 사회참여 및 권익향상을 도모합니다.',
    'Fosters and funds the activities of senior organisations so that older people take part in society and their rights are advanced.',
  ),
  criteria: judgement(
    t('지원 대상 노인단체 선정', 'selection of the senior organisation to be funded'),
    t(
      '노인단체의 활동 계획과 지원 결정 (보건복지부 노인지원과)',
      'the organisation’s activity plan and the ministry’s funding decision',
    ),
  ),
  openToAll: t(
    '지원금은 개인이 아닌 노인복지 민간단체에 지급되며, 단체 활동은 노인 누구나 참여할 수 있음 (복지로 목록)',
    'the grant goes to private senior-welfare organisations, not to individuals; any older person may take part in their activities (Bokjiro catalogue)',
  ),
  benefit: {
    description: t('매년 현금 지급', 'cash'),
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
      title: '복지로 노인복지민간단체지원 (WLF00000033), 2026 중앙부처 복지서비스 목록',
      url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000033&wlfareInfoReldBztpCd=01',
      status: 'official',
    },
  ],
  fidelity: 'summary',
  parameters: [],
  cases,
});
