import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 노숙자 등 알코올중독자 사례관리 사업 (WLF00001160), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001160&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노숙인 및 취약계층 알코올 중독문제 관리사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001160',
  version: '2026.1',
  name: t(
    '노숙자 등 알코올중독자 사례관리 사업',
    'Case management for homeless and vulnerable people with alcohol problems',
  ),
  ministry: '보건복지부',
  bureau: '정신건강관리과',
  legalBasis: [t('정신건강증진 및 정신질환자 복지서비스 지원에 관한 법률', 'Mental Health Welfare Act')],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '중독관리통합지원센터를 통해 알코올 사용장애가 있는 노숙인 등의 자활을 위한 상담, 치료, 재활 지원 서비스를 제공합니다.',
    'Provides counselling, treatment and rehabilitation through addiction management centres so that homeless people and others with alcohol-use disorders can become self-sufficient.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '노숙인 또는 취약계층 (기초생활수급자·차상위계층으로 봄)',
        'homeless or vulnerable (read as NBLSS recipient or near-poor)',
      ),
      cmp(
        t('거주 형태: 노숙', 'housing: homeless'),
        v('household.tenure'),
        '==',
        lit('homeless', t('노숙', 'homeless')),
      ),
      cmp(
        t('주거 취약: 노숙 (시군구 조사)', 'housing hardship: homeless (local investigation)'),
        fact('housingHardship', 'kind'),
        '==',
        lit('homeless'),
      ),
      cmp(
        t('생계급여 수급', 'livelihood benefit recipient'),
        receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('의료급여 수급', 'medical aid recipient'),
        receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('주거급여 수급', 'housing benefit recipient'),
        receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('교육급여 수급', 'education benefit recipient'),
        receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
    ),
    judgement(
      t('알코올 중독 문제가 있음', 'has an alcohol problem'),
      t(
        '알코올 선별검사·상담 (중독관리통합지원센터)',
        'alcohol screening and counselling (addiction centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '알코올 중독문제 선별검사, 상담·교육 프로그램, 중독자 사례관리, 욕구에 맞는 사회복지서비스 연계',
      'Alcohol screening, counselling and education, case management, and referral to matching welfare services',
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
  reviewCycle: 'none',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
