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
  title: '복지로 자활근로(기초, 차상위) (WLF00001138), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001138&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「자활근로」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001138',
  version: '2026.1',
  name: t('자활근로(기초, 차상위)', 'Self-sufficiency work (NBLSS and near-poor)'),
  ministry: '보건복지부',
  bureau: '자활정책과',
  legalBasis: [t('국민기초생활 보장법', 'National Basic Living Security Act')],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '국민기초생활보장법에 따른 수급자 및 차상위 계층이 스스로 자립할 수 있도록 자활능력 배양, 기술습득 지원 및 근로기회를 제공합니다.',
    'Builds self-sufficiency skills, supports skill acquisition and provides work so that NBLSS recipients and the near-poor can become independent.',
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
      '자활근로사업단(청소·집수리·재활용·도시락 등) 일자리 제공과 참여자 인건비 지급',
      'Jobs in self-sufficiency work units (cleaning, home repair, recycling, lunch boxes, …) with wages',
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
