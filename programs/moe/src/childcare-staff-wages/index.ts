import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 보육교직원 인건비 지원 (WLF00000842), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000842&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00000842',
  version: '2026.1',
  name: t('보육교직원 인건비 지원', 'Childcare Staff Wage Support'),
  ministry: '교육부',
  bureau: '영유아재정과',
  legalBasis: [t('영유아보육법', 'Infant Care Act')],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '국공립, 사회복지법인, 법인 단체 등 어린이집 및 취약보육서비스를 제공하는 보육교직원 인건비 지원을 통해 안정적 보육서비스를 제공합니다.',
    'Supports the wages of childcare staff at public, social-welfare-corporation and other corporate daycare centres and centres providing care for vulnerable groups, for stable childcare services.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('임금근로자 (보육교직원)', 'wage employee (childcare staff)'),
      fact('employment', 'status'),
      '==',
      lit('employee', t('임금근로자', 'employee')),
    ),
    judgement(
      t(
        '국공립·사회복지법인·법인단체 등 어린이집 또는 취약보육 제공 어린이집의 보육교직원',
        'childcare staff at a public, social-welfare-corporation or other corporate daycare centre, or one providing care for vulnerable groups',
      ),
      t('재직 어린이집의 유형과 보육교직원 신분', 'the type of daycare centre and the staff position'),
    ),
  ),
  benefit: {
    description: t(
      '보육교직원 인건비 지원 (어린이집에 지급; 지원 비율·금액은 출처에 없음)',
      'Wage support for childcare staff (paid to the daycare centre; the sources give no rates or amounts)',
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
