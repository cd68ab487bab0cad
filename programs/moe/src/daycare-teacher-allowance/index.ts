import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title:
    '복지로 어린이집지원(교사근무환경개선비,교사겸직원장지원비) (WLF00001094), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001094&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00001094',
  version: '2026.1',
  name: t(
    '어린이집지원(교사근무환경개선비,교사겸직원장지원비)',
    'Daycare Teacher Working-Conditions Allowance',
  ),
  ministry: '교육부',
  bureau: '영유아교원지원과',
  legalBasis: [t('영유아보육법', 'Infant Care Act')],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '어린이집 보육교사와 교사를 겸직하는 원장의 근로여건개선을 위해 근무환경 개선비를 지원합니다.',
    'Pays a working-conditions allowance to daycare teachers and to directors who also work as teachers, to improve their working conditions.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('재직 중 (보육교사 또는 교사 겸직 원장)', 'in work (daycare teacher or director also teaching)'),
      fact('employment', 'status'),
      'in',
      lit(['employee', 'selfEmployed'], t('임금근로자·자영업자', 'employee or self-employed')),
    ),
    judgement(
      t('어린이집 보육교사 또는 교사를 겸직하는 원장', 'a daycare teacher or a director who also teaches'),
      t('어린이집 재직 자격과 직위', 'daycare employment and position'),
    ),
  ),
  benefit: {
    description: t(
      '교사 근무환경 개선비 및 교사 겸직 원장 지원비 (월 지급; 금액은 출처에 없음)',
      'Teachers’ working-conditions allowance and the allowance for directors who also teach (monthly; the sources give no amounts)',
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
