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
  title: '복지로 장애인기업 성장기반구축 (WLF00003210), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003210&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003210',
  version: '2026.1',
  name: t('장애인기업 성장기반구축', 'Growth foundations for businesses owned by people with disabilities'),
  ministry: '중소벤처기업부',
  bureau: '소상공인정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '장애인기업의 성장기반 구축을 지원합니다.',
    'Supports the foundations for growth of businesses owned by people with disabilities.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    judgement(
      t('장애인기업 확인과 지원 사업 선정', 'a certified disability-owned business selected for support'),
      t('장애인기업 확인서·공모 선정', 'certificate and selection'),
    ),
  ),
  benefit: {
    description: t(
      '장애인기업 성장기반 구축 지원 (세부 내용은 공식 자료에 없음)',
      'Support for the growth foundations of disability-owned businesses (details not given in the official texts)',
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
