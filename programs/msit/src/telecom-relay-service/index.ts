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
  title: '복지로 통신중계서비스 제공 (WLF00003219), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003219&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003219',
  version: '2026.1',
  name: t('통신중계서비스 제공', 'Telecommunications relay service'),
  ministry: '과학기술정보통신부',
  bureau: '통신경쟁정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '청각 또는 언어장애인이 전화로 의사소통을 할 수 있도록 중계사(문자, 수어)를 통해 통신중계서비스를 제공합니다.',
    'Provides a telecommunications relay service through relay operators (text or sign language) so that deaf and speech-impaired people can communicate by telephone.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('청각장애 또는 언어장애', 'hearing or speech impairment'),
      fact('disability', 'type'),
      'in',
      lit(['청각', '언어']),
    ),
    judgement(
      t('중계서비스 이용 신청·등록', 'registration to use the relay service'),
      t('이용 신청 (통신중계서비스)', 'registration with the relay service'),
    ),
  ),
  benefit: {
    description: t(
      '문자·수어 중계사를 통한 전화 통신중계서비스',
      'Telephone relay through text and sign-language relay operators',
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
