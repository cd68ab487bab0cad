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
  title: '복지로 산림보호지원단 (WLF00003251), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003251&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003251',
  version: '2026.1',
  name: t('산림보호지원단', 'Forest protection corps jobs'),
  ministry: '산림청',
  bureau: '산림환경보호과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '취업 취약계층에게 산림보호 분야 일자리(불법 산림훼손 계도·감시, 산림정화)를 제공합니다. 카탈로그는 저소득·장애인을 대상으로 표시하며, 선발 기준과 임금은 검토한 출처에 없습니다.',
    'People who struggle to find work get forest protection jobs (guidance and monitoring against illegal damage, forest clean-up). The catalogue marks low-income and disabled people as the target; the sources read give no selection rules or wages.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('미취업 (취업 취약계층)', 'not employed (vulnerable job-seeker)'),
      fact('employment', 'status'),
      '==',
      lit('unemployed'),
    ),
    judgement(
      t('취업 취약계층 해당과 선발', 'vulnerable job-seeker and selection'),
      t(
        '취업 취약계층(저소득·장애인 등) 여부와 선발 (출처에 기준 없음)',
        'whether the person is a vulnerable job-seeker (low income, disability, …) and selection (no criteria in the sources)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '산림보호지원단 일자리 임금 (월; 금액은 출처에 없음)',
      'wages in the forest protection corps (monthly; the sources state no amount)',
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
