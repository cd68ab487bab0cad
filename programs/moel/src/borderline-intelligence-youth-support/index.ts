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
  title: '복지로 경계선지능청년지원 사업 (WLF00006318), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006318&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const news: Source = {
  title: '피앤피뉴스 「고용노동부, 경계선지능청년 취업지원 사업 첫 도입」 (2026-01-15)',
  url: 'https://m.gosiweek.com/amp/1065589001107608',
  status: 'secondary',
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
    'borderlineYouth.iqMin',
    ['경계선 지능 지능지수 하한', 'borderline intelligence: lowest IQ'],
    'count',
    71,
    news,
    '2026-01-01',
    '2차 자료: IQ 71~84',
  ),
  scalar(
    'borderlineYouth.iqMax',
    ['경계선 지능 지능지수 상한', 'borderline intelligence: highest IQ'],
    'count',
    84,
    news,
    '2026-01-01',
    '2차 자료: IQ 71~84',
  ),
  scalar(
    'borderlineYouth.programWeeks',
    ['직무기초 프로그램 기간 (주 이상)', 'basic job-skills programme (weeks, at least)'],
    'count',
    4,
    news,
    '2026-01-01',
    '2차 자료',
  ),
  scalar(
    'borderlineYouth.participants',
    ['2026년 참여 인원', 'participants in 2026'],
    'count',
    200,
    news,
    '2026-01-01',
    '2차 자료: 광역자치단체 3곳 내외',
  ),
];

export default defineProgram({
  id: 'WLF00006318',
  version: '2026.1',
  name: t(
    '경계선지능청년지원 사업',
    'Employment support for young adults with borderline intellectual functioning',
  ),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '경계선 지능인 청년의 특성·욕구를 고려한 맞춤형 취업 프로그램 제공하여 직업역량 강화 및 노동을 통한 자립을 지원합니다.',
    'Provides employment programmes tailored to the characteristics and needs of young adults with borderline intellectual functioning, to build their job skills and independence through work.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '지적장애 등록자가 아님 (경계선 지능은 지적장애 기준 IQ 70 이하에 해당하지 않는 수준)',
        'not registered with an intellectual disability (borderline functioning lies above the intellectual-disability line of IQ 70)',
      ),
      fact('disability', 'type'),
      '!=',
      lit('지적', t('지적장애', 'intellectual disability')),
    ),
    judgement(
      t(
        '경계선 지능(IQ 71~84 수준)으로 취업에 어려움을 겪는 청년, 참여 광역자치단체 거주',
        'a young adult with borderline intellectual functioning (IQ about 71–84) who struggles to find work, living in a participating province',
      ),
      t(
        '지능검사 결과·참여 의뢰 (운영 지자체·운영기관), 연령 기준은 공식 자료에 없음',
        'intelligence test and referral (operating local government or provider); the official texts give no age limit',
      ),
    ),
  ),
  benefit: {
    description: t(
      '기초 직무역량, 의사소통·대인관계, 직업 적응력, 고용서비스 전환 준비를 다루는 4주 이상 직무기초 프로그램; 이후 국민취업지원제도·청년 고용서비스로 연계 (2차 자료)',
      'A basic job-skills programme of at least four weeks (basic job skills, communication and relationships, adjustment to work, preparing to move on), then referral to the National Employment Support Programme and youth employment services (secondary source)',
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
  sources: [catalogue, news],
  fidelity: 'summary',
  parameters,
  cases,
});
