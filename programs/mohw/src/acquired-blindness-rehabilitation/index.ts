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
  title: '복지로 중도시각장애인재활훈련지원 (WLF00001151), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001151&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 재활지원 사업」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 중도시각장애인재활훈련지원 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001151&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001151',
  version: '2026.1',
  name: t('중도시각장애인재활훈련지원', 'Rehabilitation training for people who lost their sight'),
  ministry: '보건복지부',
  bureau: '장애인정책과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '후천적 시각장애인을 위하여 맞춤형 재활 및 교육 프로그램을 실시하여 사회에 적응할 수 있도록 지원합니다.',
    'Runs tailored rehabilitation and education programmes so that people who lost their sight later in life can adapt to society.',
  ),
  criteria: all(
    undefined,
    cmp(t('시각장애인', 'visual disability'), fact('disability', 'type'), 'in', lit(['시각'])),
    judgement(
      t(
        '산업재해·교통사고·질병 등 후천적 요인으로 중도 실명',
        'lost their sight later in life (work accident, traffic accident, illness, …)',
      ),
      t('중도 실명 확인 (한국시각장애인연합회 상담)', 'confirmation of acquired blindness'),
    ),
  ),
  benefit: {
    description: t(
      '중도시각장애인 맞춤형 재활·교육 프로그램 (한국시각장애인연합회 수행)',
      'Tailored rehabilitation and education programmes (Korea Blind Union)',
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
