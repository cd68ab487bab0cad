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
  title: '복지로 여성창업액셀러레이팅 (WLF00000975), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000975&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「여성창업액셀러레이팅」',
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
    'womenStartupAccel.startupYears',
    ['창업경진대회: 창업 기간 (년 미만)', 'competition: years since start-up (fewer than)'],
    'years',
    3,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'womenStartupAccel.investmentCap',
    ['창업경진대회: 투자유치 금액 (미만)', 'competition: investment raised (less than)'],
    'krw',
    3000000000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'womenStartupAccel.globalYears',
    ['글로벌 액셀러레이팅: 창업 기간 (년 이내)', 'global acceleration: years since start-up (within)'],
    'years',
    7,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'womenStartupAccel.winners',
    ['수상 팀 수', 'number of winning teams'],
    'count',
    40,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'womenStartupAccel.grandPrize',
    ['대상 상금', 'grand prize'],
    'krw',
    20000000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00000975',
  version: '2026.1',
  name: t('여성창업액셀러레이팅', "Women's start-up acceleration"),
  ministry: '중소벤처기업부',
  bureau: '중소기업제도과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '여성창업경진대회 운영을 통해 여성창업을 활성화하고 여성기업의 경쟁력 강화 및 사업화를 지원합니다.',
    'Runs a women’s start-up competition to encourage start-ups by women, strengthen women-owned businesses and help them commercialise.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('여성 (여성기업 대표·예비창업자)', 'woman (owner of a women-owned business or would-be founder)'),
      v('person.sex'),
      '==',
      lit('F', t('여성', 'female')),
    ),
    judgement(
      t(
        '예비창업자 또는 창업 3년 미만 여성기업(투자유치 30억 원 미만), 글로벌 액셀러레이팅은 창업 7년 이내 기업',
        'a would-be founder or a women-owned business under 3 years old (less than KRW 3 billion raised); global acceleration for firms up to 7 years old',
      ),
      t('여성기업 종합정보포털 신청·심사', 'application and review'),
    ),
  ),
  benefit: {
    description: t(
      '창업경진대회(수상 40팀, 대상 중소벤처기업부장관상과 상금 2,000만 원), 사업계획서 교육·멘토링, 도전 K-스타트업 본선 진출, 초기 사업화자금·투자유치 연계; 글로벌: 수출 교육, 컨설팅, 해외시장 정보, 전시회 참가비',
      'A start-up competition (40 winning teams; grand prize KRW 20,000,000 with the minister’s award), business-plan training and mentoring, a place in the K-Startup finals, early commercialisation funds and investment links; global track: export training, consulting, market information and trade-fair fees',
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
