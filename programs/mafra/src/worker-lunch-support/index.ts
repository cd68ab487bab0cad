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
  title: '복지로 직장인 든든한 점심밥 (WLF00006248), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006248&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006248',
  version: '2026.1',
  name: t('직장인 든든한 점심밥', 'Lunch support for workers at small and medium enterprises'),
  ministry: '농림축산식품부',
  bureau: '식품외식산업과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'other',
  cycle: 'monthly',
  summary: t(
    '직장인의 점심값 부담을 덜고 지역 외식 경제를 살리기 위해 중소기업 재직 근로자의 점심 외식비 일부를 지원합니다. 지원액과 시행 지역은 검토한 출처에 없습니다.',
    'Part of the lunch costs of employees of small and medium enterprises is paid, to ease workers’ costs and support local restaurants. The sources read give no amount or regions.',
  ),
  criteria: all(
    undefined,
    cmp(t('재직 근로자', 'employee'), fact('employment', 'status'), '==', lit('employee')),
    judgement(
      t('중소기업 재직 및 사업 시행 지역 근무', 'works at an SME in a participating area'),
      t(
        '재직 기업의 중소기업 여부와 시행 지역 (시군구; 출처에 지원액 없음)',
        'whether the employer is an SME and the area participates (local government; no amount in the sources)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '점심 외식비 일부 지원 (월; 금액은 출처에 없음)',
      'part of lunch costs (monthly; the sources state no amount)',
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
