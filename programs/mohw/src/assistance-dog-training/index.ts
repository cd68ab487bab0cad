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
  title: '복지로 장애인보조견전문훈련기관지원 (WLF00001153), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001153&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 재활지원 사업」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 장애인보조견전문훈련기관지원 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001153&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001153',
  version: '2026.1',
  name: t('장애인보조견전문훈련기관지원', 'Assistance dogs for people with disabilities'),
  ministry: '보건복지부',
  bureau: '장애인정책과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '장애인보조견 보급을 통해 장애인의 안전하고 독립적인 보행 및 청각장애인의 소리 인지 등의 보조서비스를 제공합니다.',
    'Provides assistance dogs so that people with disabilities can walk safely and independently, and deaf people can recognise sounds.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('시각·청각·지체 장애인', 'visual, hearing or physical disability'),
      fact('disability', 'type'),
      'in',
      lit(['시각', '청각', '지체']),
    ),
    judgement(
      t('장애인보조견이 필요함', 'needs an assistance dog'),
      t('보조견 분양 심사 (전문훈련기관)', 'assessment by the training organisation'),
    ),
  ),
  benefit: {
    description: t(
      '장애인보조견 훈련·보급과 사후관리 (한국장애인도우미견협회 등 전문훈련기관)',
      'Training, placement and follow-up of assistance dogs (specialised training organisations)',
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
