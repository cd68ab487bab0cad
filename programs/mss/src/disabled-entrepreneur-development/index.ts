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
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인창업육성 (WLF00003174), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003174&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 창업육성」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'disabledEntrepreneurs.earlyCommercialisation',
    ['창업초기 사업화 자금 (최대)', 'early commercialisation funds (maximum)'],
    'krw',
    20000000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00003174',
  version: '2026.1',
  name: t('장애인창업육성', 'Start-up development for people with disabilities'),
  ministry: '중소벤처기업부',
  bureau: '소상공인정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'quarterly',
  summary: t(
    '장애인의 성공적인 창업을 위해 창업교육, 사업화 지원, 특화사업장 등을 지원합니다.',
    'Supports successful start-ups by people with disabilities with start-up training, commercialisation support and specialised workplaces.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '장애인 (국가유공자 중 상이자 포함)',
        'person with a disability (including wounded national merit holders)',
      ),
      cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
      all(
        t('보훈대상자 (상이자)', 'veteran (wounded)'),
        cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
        judgement(
          t('국가유공자 중 상이자', 'a wounded national merit holder'),
          t('보훈 구분·상이 등급 (국가보훈부)', 'veterans’ category and injury grade (MPVA)'),
        ),
      ),
    ),
    judgement(
      t(
        '예비창업자 또는 업종전환희망자 (교육 신청)',
        'a would-be founder or someone changing trade (course application)',
      ),
      t('창업넷 회원가입·교육 신청', 'registration and course application'),
    ),
  ),
  benefit: {
    description: t(
      '장애유형·업종별 맞춤형 창업교육(온라인 기초·역량강화·재기·협동조합, 오프라인 업종특화) 무상 제공, 수료자 창업점포·사업화(창업초기 사업화 자금 최대 2,000만 원)·보육실 입주 연계',
      'Free start-up training by disability and trade (online basics, capacity building, restarts, co-operatives; trade-specific classroom courses), then links to shop premises, commercialisation funds (up to KRW 20,000,000) and incubator offices',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
