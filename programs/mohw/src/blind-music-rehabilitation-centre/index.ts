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
  title: '복지로 시각장애인음악재활센터지원 (WLF00001143), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001143&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 재활지원 사업」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 시각장애인음악재활센터지원 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001143&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001143',
  version: '2026.1',
  name: t('시각장애인음악재활센터지원', 'Music rehabilitation centre for blind people'),
  ministry: '보건복지부',
  bureau: '장애인정책과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '시각장애인에게 체계적인 음악재활 프로그램을 제공하여 전문 음악인을 양성하고, 음악을 통해 자립생활을 지원하기 위한 시각장애인음악재활센터 사업비를 지원합니다.',
    'Funds the music rehabilitation centre for blind people, which offers systematic music rehabilitation, trains professional musicians and supports independent living through music.',
  ),
  criteria: all(
    undefined,
    cmp(t('시각장애인', 'visual disability'), fact('disability', 'type'), 'in', lit(['시각'])),
    judgement(
      t(
        '음악재활 프로그램(아카데미·공연 등) 참여',
        'takes part in the music rehabilitation programme (academy, performances, …)',
      ),
      t('실로암시각장애인복지관 참여 신청·선발', 'application to and selection by the Siloam centre'),
    ),
  ),
  benefit: {
    description: t(
      '점자악보 제작·보급 (온·오프라인), 음악재활아카데미 운영, 음악 공연 기회 제공',
      'Braille scores (online and offline), a music rehabilitation academy and performance opportunities',
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
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
