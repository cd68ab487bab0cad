import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 노후준비서비스 (WLF00000031), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000031&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「노후준비서비스」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000031',
  version: '2026.1',
  name: t('노후준비서비스', 'Retirement preparation service'),
  ministry: '보건복지부',
  bureau: '인구정책총괄과',
  legalBasis: [t('노후준비 지원법', 'Act on Support for Preparation for Old Age')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '국민의 체계적 노후준비와 건강한 노후생활을 위해 재무·건강·여가·대인관계 등 분야별 종합적인 정보와 서비스를 제공합니다.',
    'Offers everyone comprehensive information and services on finances, health, leisure and relationships so that they can prepare systematically for old age and live it healthily.',
  ),
  criteria: any(
    t(
      '전 국민 (국민연금 가입대상·수급권자 포함)',
      'everyone (National Pension members and beneficiaries included)',
    ),
    cmp(
      t('대한민국 국민', 'Korean national'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    all(
      t('국민연금 가입대상·수급권자인 외국인', 'a foreigner who is a National Pension member or beneficiary'),
      cmp(
        t('국내 체류자격 등록', 'registered residence status in Korea'),
        fact('foreignResident'),
        '==',
        lit(true),
      ),
      judgement(
        t('국민연금 가입대상 또는 수급권자', 'National Pension member or beneficiary'),
        t('국민연금 가입·수급 이력 (국민연금공단)', 'National Pension membership or benefit record (NPS)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '재무·건강·여가·대인관계 분야 노후준비 진단 → 상담 → 교육·관계기관 연계 → 사후관리 (국민연금공단 지사·지자체, 온라인 상담 가능)',
      'Retirement-readiness diagnosis in finances, health, leisure and relationships, then counselling, courses or referral, and follow-up (NPS branches, local governments, or online)',
    ),
  },
  form: {
    schema: z.object({
      areas: z
        .array(z.enum(['finance', 'health', 'leisure', 'relationships']))
        .min(1)
        .meta({ label: t('상담 희망 분야', 'areas of interest') }),
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
  reviewCycle: 'none',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
