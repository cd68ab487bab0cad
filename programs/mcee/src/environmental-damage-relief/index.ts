import { all, cmp, defineProgram, fact, judgement, lit, t, z } from '@bokji/core';
import { cases } from './cases.js';

export default defineProgram({
  id: 'WLF00006212',
  version: '2026.1',
  name: t('환경오염피해 구제급여', 'Relief benefits for environmental-pollution damage'),
  ministry: '기후에너지환경부',
  bureau: '사무국',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '환경오염피해자의 환경오염으로 인한 피해 입증 및 손해배상이 어려운 피해자들에게 신속하고 실효적인 피해구제를 통해 경제적인 부담을 줄여줍니다.',
    'Gives fast, effective relief to victims of environmental pollution who cannot prove the damage or obtain compensation from the polluter.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('환경오염피해 인정', 'recognised environmental-pollution damage'),
      fact('environmentalDamage'),
      '==',
      lit(true),
    ),
    judgement(
      t('원인자 불명 또는 배상 능력 없음', 'the polluter is unknown or cannot pay'),
      t(
        '원인자·배상 능력 조사 결과 (구제급여 심사)',
        'the finding on the polluter and its ability to pay (relief review)',
      ),
    ),
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
      title: '복지로 환경오염피해 구제급여 (WLF00006212), 2026 중앙부처 복지서비스 목록',
      url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006212&wlfareInfoReldBztpCd=01',
      status: 'official',
    },
  ],
  fidelity: 'summary',
  parameters: [],
  cases,
});
