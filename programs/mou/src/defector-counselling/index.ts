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
  title: '복지로 (북한이탈주민)상담 지원 (WLF00000921), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000921&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000921',
  version: '2026.1',
  name: t('(북한이탈주민)상담 지원', 'Counselling for North Korean defectors'),
  ministry: '통일부',
  bureau: '정착지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '북한이탈주민의 주택/취업/교육/의료 등 상담지원 서비스를 체계적으로 제공하여 성공적인 지역사회 정착을 유도합니다.',
    'Provides systematic counselling on housing, jobs, education, health care and more so that North Korean defectors settle successfully in their communities.',
  ),
  criteria: all(
    undefined,
    cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
    judgement(
      t(
        '주택·취업·교육·의료 등 상담 신청과 필요성',
        'applies for and needs counselling on housing, jobs, education, health care or other matters',
      ),
      t('상담 신청 접수 (지역 하나센터 등)', 'counselling request (local Hana Centre or similar)'),
    ),
  ),
  benefit: {
    description: t(
      '주택·취업·교육·의료 등 상담 서비스 제공',
      'Counselling on housing, jobs, education, health care and more',
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
      {
        id: 'defectorCertificate',
        label: t('북한이탈주민 확인서', 'North Korean defector certificate'),
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
