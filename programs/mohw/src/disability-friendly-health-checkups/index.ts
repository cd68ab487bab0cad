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
  title: '복지로 장애인 건강검진기관 지원 (WLF00001133), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001133&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「장애친화 건강검진」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001133',
  version: '2026.1',
  name: t('장애인 건강검진기관 지원', 'Disability-friendly health check-up centres'),
  ministry: '보건복지부',
  bureau: '장애인건강과',
  legalBasis: [
    t(
      '장애인 건강권 및 의료접근성 보장에 관한 법률',
      'Act on the Right to Health and Access to Medical Services for Persons with Disabilities',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '장애인 건강검진기관을 지정·지원하여 장애인의 건강검진 이용 접근성을 보장하고, 장애인·비장애인 수검률 격차를 해소하고자 합니다.',
    'Designates and supports disability-friendly health check-up centres so that people with disabilities can reach check-ups and the gap in check-up rates between disabled and non-disabled people closes.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('장애의 정도가 심한 장애인', 'severe disability'),
      fact('disability', 'severity'),
      '==',
      lit('severe'),
    ),
    judgement(
      t(
        '국가건강검진 대상 (건강검진표를 받음)',
        'due for a national health check-up (has the check-up notice)',
      ),
      t('국민건강보험공단 건강검진표', 'NHIS check-up notice'),
    ),
  ),
  benefit: {
    description: t(
      '전국 16개 지정 장애친화 건강검진기관에서 유니버설 검진장비, 편의시설, 검진보조인력(수어통역사 등) 지원. 중증장애인 검진 시 기관에 검진가산비용 추가 지원. 노인 등 거동이 불편한 수검자도 이용 가능',
      'At 16 designated disability-friendly centres: universal equipment, accessible facilities, assistants and sign-language interpreters; centres get an extra fee for examining people with severe disabilities. Older people and others with limited mobility may also use them',
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
      { id: 'disabilityCard', label: t('장애인등록증', 'disability registration card'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'none',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
