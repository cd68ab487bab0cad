import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 햇살론119 (WLF00006271), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006271&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006271',
  version: '2026.1',
  name: t('햇살론119', 'Sunshine Loan 119'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '은행 채무조정 프로그램을 이용중인 취약 개인 사업자에게 금융부담 경감과 함께 사업 운영에 필요한 신규 운전자금 보증부대출입니다.',
    'A guaranteed loan of new working capital for vulnerable sole proprietors using a bank debt-adjustment programme, easing their financial burden.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('개인사업자 (사업자 등록)', 'sole proprietor (registered business)'),
      fact('smallBusiness'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '은행 채무조정 프로그램을 이용 중인 취약 개인사업자',
        'a vulnerable sole proprietor using a bank debt-adjustment programme',
      ),
      t(
        '은행 채무조정 프로그램 이용 여부 (은행·서민금융진흥원)',
        'use of a bank debt-adjustment programme (bank, KINFA)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '사업 운영에 필요한 신규 운전자금 보증부대출 (한도·금리는 출처에 없음)',
      'A guaranteed loan of new working capital (limits and rates not given in the sources)',
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
