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
  title: '복지로 농어촌 기본소득 시범사업 (WLF00006250), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006250&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006250',
  version: '2026.1',
  name: t('농어촌 기본소득 시범사업', 'Rural basic income pilot'),
  ministry: '농림축산식품부',
  bureau: '농촌소득정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '소멸위기에 놓인 농어촌 인구감소지역 주민에게 기본소득을 지역화폐로 매월 지급해 삶의 질을 높이고 지역 경제와 공동체를 살립니다. 시범 지역과 금액은 검토한 출처에 없습니다.',
    'Residents of depopulating rural areas at risk of extinction receive a monthly basic income in local currency, to improve their lives and revive local economies and communities. The sources read give no pilot areas or amount.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('농어촌(군) 거주', 'lives in a rural county (군)'),
      v('household.cityClass'),
      '==',
      lit('rural', t('농어촌', 'rural')),
    ),
    judgement(
      t('시범사업 대상 지역 주민 (거주 요건)', 'resident of a pilot area (residence requirement)'),
      t(
        '시범사업 대상 군과 거주 요건 (출처에 지역·금액 없음)',
        'pilot county and residence requirement (no areas or amount in the sources)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '기본소득 지역화폐 지급 (월; 금액은 출처에 없음)',
      'basic income in local currency (monthly; the sources state no amount)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
