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
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 지역자활센터 운영 (WLF00001157), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001157&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「자활근로」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001157',
  version: '2026.1',
  name: t('지역자활센터 운영', 'Local self-sufficiency centres'),
  ministry: '보건복지부',
  bureau: '자활정책과',
  legalBasis: [t('국민기초생활 보장법', 'National Basic Living Security Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'service',
  cycle: 'monthly',
  summary: t(
    '근로 능력이 있는 저소득층에게 체계적, 집중적인 자활 서비스를 제공하여 자활 의욕을 고취하고 자립 능력 향상을 지원합니다.',
    'Provides systematic, intensive self-sufficiency services to low-income people able to work, motivating them and building their capacity for independence.',
  ),
  criteria: all(
    undefined,
    any(
      t('기초생활수급자 또는 차상위계층', 'NBLSS recipient or near-poor'),
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
      t('근로능력이 있고 참여를 희망함', 'able to work and wishes to take part'),
      t('근로능력 판정·자활 상담', 'work-capacity assessment and self-sufficiency counselling'),
    ),
  ),
  benefit: {
    description: t(
      '전국 지역자활센터(약 250개)에서 자활근로사업단 일자리, 상담·교육 등 자활 서비스 제공',
      'Self-sufficiency services at about 250 local centres: work units, counselling and training',
    ),
  },
  form: {
    schema: z.object({
      preferredWork: z
        .string()
        .max(200)
        .optional()
        .meta({ label: t('희망 사업단·직종', 'preferred work') }),
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
