import { cmp, defineProgram, fact, lit, t, z } from '@bokji/core';
import { cases } from './cases.js';

export default defineProgram({
  id: 'WLF00006319',
  version: '2026.1',
  name: t('대지급금', 'Wage claim guarantee payment (대지급금)'),
  ministry: '고용노동부',
  bureau: '퇴직연금복지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '근로자가 기업의 도산 등으로 인하여 임금(또는 휴업수당, 출산전후휴가기간 중 급여) 등을 지급받지 못한 경우 국가가 사업주를 대신하여 일정 범위의 체불임금 등을 지급함으로써 체불 근로자의 생활안정을 도모합니다.',
    'When an employer’s insolvency or similar leaves wages (or shutdown allowances, maternity-leave pay) unpaid, the state pays part of the arrears in the employer’s place.',
  ),
  criteria: cmp(
    t(
      '기업 도산 인정 또는 체불임금 확인을 받은 근로자',
      'worker with a recognised employer insolvency or confirmed unpaid wages',
    ),
    fact('unpaidWages'),
    '==',
    lit(true),
  ),
  benefit: {
    description: t('필요 시 현금 지급', 'cash'),
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
      title: '복지로 대지급금 (WLF00006319), 2026 중앙부처 복지서비스 목록',
      url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006319&wlfareInfoReldBztpCd=01',
      status: 'official',
    },
  ],
  fidelity: 'summary',
  parameters: [],
  cases,
});
