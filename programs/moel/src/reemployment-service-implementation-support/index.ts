import { all, any, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 재취업지원서비스 시행지원 (WLF00001156), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001156&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00001156',
  version: '2026.1',
  name: t('재취업지원서비스 시행지원', 'Support for employers implementing re-employment services'),
  ministry: '고용노동부',
  bureau: '고령사회인력정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '재취업지원서비스 제도가 현장에 안착할 수 있도록 사업주에게 제도설계 컨설팅, 인사 담당자 교육 등의 서비스를 제공합니다.',
    'Gives employers design consulting and HR staff training so that the re-employment service scheme takes root in workplaces.',
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
        '재취업지원서비스를 시행하는 사업주 (제도설계 컨설팅·인사 담당자 교육 대상)',
        'an employer implementing re-employment services (for design consulting and HR training)',
      ),
      t(
        '사업장의 재취업지원서비스 시행 여부 (고용노동부)',
        'whether the workplace provides re-employment services (MOEL)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '사업주에게 재취업지원서비스 제도설계 컨설팅, 인사 담당자 교육 등 제공',
      'Design consulting and HR staff training on re-employment services for employers',
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
