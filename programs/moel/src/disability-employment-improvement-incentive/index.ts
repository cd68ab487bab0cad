import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인고용개선장려금 (WLF00006253), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006253&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006253',
  version: '2026.1',
  name: t(
    '장애인고용개선장려금',
    'Incentive for employers increasing the employment of severely disabled workers',
  ),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '중증장애인 근로자 고용을 늘린 사업주에게 장애인고용개선장려금을 지원합니다.',
    'Pays an incentive to employers who increase their employment of severely disabled workers.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('중증 장애 (장애 정도 심한)', 'severe disability'),
      fact('disability', 'severity'),
      '==',
      lit('severe'),
    ),
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '사업주가 중증장애인 근로자 고용을 늘림 (장려금 지급 요건)',
        'the employer increased its employment of severely disabled workers (incentive conditions)',
      ),
      t(
        '사업주의 중증장애인 고용 증가 현황 (한국장애인고용공단)',
        'the employer’s increase in severely disabled employees (KEAD)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '중증장애인 근로자 고용을 늘린 사업주에게 장애인고용개선장려금 지급 (금액은 출처에 없음)',
      'An incentive for employers who increase the employment of severely disabled workers (amount not given in the sources)',
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
