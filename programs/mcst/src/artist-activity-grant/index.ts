import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 예술활동준비금 지원 (WLF00003199), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003199&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003199',
  version: '2026.1',
  name: t('예술활동준비금 지원', 'Art activity preparation grant'),
  ministry: '문화체육관광부',
  bureau: '예술인권리보호과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    "예술인들이 예술 외적인 요인으로 인해 예술활동을 중단하는 상황에 이르지 않도록 '예술활동 준비 단계'를 지원합니다.",
    'Supports artists at the preparation stage of their work, so that factors outside the arts do not force them to stop working as artists.',
  ),
  criteria: all(
    undefined,
    cmp(t('예술인', 'artist'), fact('employment', 'status'), '==', lit('artist', t('예술인', 'artist'))),
    judgement(
      t(
        '예술활동증명과 저소득 요건, 선정 (공식 자료에 기준 없음)',
        'proof of artistic activity, the low-income condition and selection (no figures in the official texts)',
      ),
      t(
        '예술활동증명·소득 확인 (한국예술인복지재단)',
        'proof of activity and income check (Korean Artists Welfare Foundation)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '예술활동 준비 단계를 지원하는 예술활동준비금 (금액은 공식 자료에 없음)',
      'A grant for the preparation stage of artistic work (amount not given in the official texts)',
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
  parameters,
  cases,
});
