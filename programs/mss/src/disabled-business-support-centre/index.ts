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
  title: '복지로 장애인기업종합지원센터운영 (WLF00001167), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001167&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001167',
  version: '2026.1',
  name: t('장애인기업종합지원센터운영', 'Support centre for businesses owned by people with disabilities'),
  ministry: '중소벤처기업부',
  bureau: '소상공인정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '창업 공간 및 정책정보 제공 등 창업기업의 경영활동 지원을 통해 창업 성장기반을 조성합니다.',
    'Builds a foundation for growth by supporting start-ups by people with disabilities with premises, policy information and business support.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '장애인 예비창업자 또는 장애인기업 (지원 사업별 신청)',
        'a disabled would-be founder or a disability-owned business (apply per programme)',
      ),
      t('장애인기업 확인·신청 (장애인기업종합지원센터)', 'business check and application'),
    ),
  ),
  benefit: {
    description: t(
      '창업 공간과 정책정보 제공 등 장애인 창업기업의 경영활동 지원',
      'Premises, policy information and business support for start-ups by people with disabilities',
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
