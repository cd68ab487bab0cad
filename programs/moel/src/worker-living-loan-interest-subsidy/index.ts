import { all, any, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 생활안정자금(융자)(이차보전) (WLF00006264), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006264&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006264',
  version: '2026.1',
  name: t('생활안정자금(융자)(이차보전)', 'Interest subsidy on living-stability loans for workers'),
  ministry: '고용노동부',
  bureau: '퇴직연금복지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['multiChild', 'lowIncome'],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '근로자, 특수형태근로종사자, 1인 자영업자가 혼례·자녀 양육 등을 대출할 때, 대출 이자의 일부를 근로복지공단이 지원해 금융부담을 완화합니다.',
    'When workers, special-type workers and one-person businesses borrow for weddings, raising children and similar needs, the Korea Workers’ Compensation and Welfare Service pays part of the interest.',
  ),
  criteria: all(
    undefined,
    any(
      t('근로자·특수형태근로종사자 또는 1인 자영업자', 'worker, special-type worker or one-person business'),
      cmp(
        t('근로자 또는 특수형태근로종사자', 'employee, daily worker or special-type (platform) worker'),
        fact('employment', 'status'),
        'in',
        lit(['employee', 'dailyWorker', 'platformWorker']),
      ),
      all(
        t('1인 자영업자', 'one-person business'),
        cmp(t('자영업자', 'self-employed'), fact('employment', 'status'), 'in', lit(['selfEmployed'])),
        judgement(
          t(
            '산재보험 가입 기간 3개월 이상이고 고용한 근로자가 없는 1인 자영업자',
            'one-person business with 3+ months of industrial-accident insurance and no employees',
          ),
          t(
            '산재보험 가입 기간과 고용 근로자 여부 (근로복지공단)',
            'industrial-accident insurance period and employees (COMWEL)',
          ),
        ),
      ),
    ),
    judgement(
      t(
        '혼례·자녀 양육 등 대출 사유와 지원 요건 충족',
        'a qualifying purpose (wedding, raising children, …) and the support conditions',
      ),
      t('대출 사유와 지원 요건 (근로복지공단)', 'loan purpose and conditions (COMWEL)'),
    ),
  ),
  benefit: {
    description: t(
      '혼례·자녀 양육 등 대출 이자의 일부를 근로복지공단이 지원 (이차보전, 비율은 출처에 없음)',
      'COMWEL pays part of the interest on loans for weddings, raising children and similar needs (interest subsidy; rate not given in the sources)',
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
