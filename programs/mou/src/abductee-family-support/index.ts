import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 납북피해자 지원 (WLF00003212), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003212&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003212',
  version: '2026.1',
  name: t('납북피해자 지원', 'Support for victims of abduction to North Korea'),
  ministry: '통일부',
  bureau: '이산가족납북자과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural'],
  provision: 'inKind',
  cycle: 'once',
  summary: t(
    '전후 납북자 가족 및 귀환 납북자에 대한 주거 지원을 통해 납북으로 인한 고통 경감 및 권익향상을 도모합니다.',
    'Provides housing support to families of post-war abductees to North Korea and to returned abductees, to ease the suffering caused by abduction and protect their rights.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('대한민국 국민 (납북피해자는 대한민국 국민)', 'Korean national (abductees are Korean nationals)'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    judgement(
      t('전후 납북자의 가족 또는 귀환 납북자', 'family of a post-war abductee, or a returned abductee'),
      t(
        '납북피해자 결정 (통일부 납북피해자 보상 및 지원 심의)',
        'abduction-victim decision (unification ministry review)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '주거 지원 (현물; 세부 내용·금액은 출처에 없음)',
      'Housing support in kind (details and amounts are not in the sources)',
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
