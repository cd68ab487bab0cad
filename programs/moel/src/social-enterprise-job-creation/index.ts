import { all, any, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 일자리창출사업 (WLF00003234), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003234&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00003234',
  version: '2026.1',
  name: t('일자리창출사업', 'Job creation support for social enterprises'),
  ministry: '고용노동부',
  bureau: '사회적기업과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '사회적 기업에 인건비 등 재정지원을 하여 기업을 육성하여 보다 많은 일자리를 창출하고 대국민 사회서비스를 확대합니다.',
    'Supports social enterprises financially, with labour costs and more, to grow them, create more jobs and expand social services for the public.',
  ),
  criteria: all(
    undefined,
    any(
      t('사업주 (사업자 등록 또는 자영업)', 'employer (registered business or self-employed)'),
      cmp(
        t('사업자 등록 (소상공인·자영업)', 'registered business (small business / self-employed)'),
        fact('smallBusiness'),
        '==',
        lit(true),
      ),
      cmp(
        t('자영업 (사업주)', 'self-employed (business owner)'),
        fact('employment', 'status'),
        'in',
        lit(['selfEmployed']),
      ),
    ),
    judgement(
      t(
        '(예비)사회적기업으로서 인건비 등 재정지원 대상 선정',
        'a (pre-)certified social enterprise selected for wage and other financial support',
      ),
      t(
        '사회적기업 인증·지정과 지원 선정 (고용노동부·지자체)',
        'social-enterprise certification and selection (MOEL, local government)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '사회적기업에 인건비 등 재정지원 (금액은 출처에 없음)',
      'Financial support such as labour costs for social enterprises (amounts not given in the sources)',
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
