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
  title: '복지로 장애인거주시설 이용 (WLF00006334), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006334&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 거주시설 이용」',
  status: 'official',
};
const bookletFee: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 거주시설 실비입소 이용료 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityResidentialFacility.minScore',
    label: t(
      '서비스지원 종합조사 기능제한(X1) 점수 기준 (이상)',
      'functional limitation score (X1) required, at least',
    ),
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { severeAdult: 240, severeChild: 190, typeAdult: 120, typeChild: 110 },
        },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'disabilityResidentialFacility.feeSupport',
    label: t('실비입소 이용료 지원 (월)', 'fee support for paying residents (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 294000 }, sources: [bookletFee] }],
  },
];

export default defineProgram({
  id: 'WLF00006334',
  version: '2026.1',
  name: t('장애인거주시설 이용', 'Residential facilities for disabled people'),
  ministry: '보건복지부',
  bureau: '장애인권익지원과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'facility',
  cycle: 'asNeeded',
  summary: t(
    '장애인거주시설 등을 활용하여 일반가정에서 생활하기 어려운 장애인을 대상으로 24시간 거주, 요양, 지원 등의 서비스를 제공합니다.',
    'Provides 24-hour residence, care and support in residential facilities for disabled people who find it hard to live in an ordinary home.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '서비스지원 종합조사 기능제한 점수 기준 충족 (중증시설 성인 240·아동 190점, 유형별 시설 성인 120·아동 110점; 영유아·단기·공동생활가정은 점수 무관) 및 입소 결정',
        'meets the functional-limitation score (severe facilities: 240 adult / 190 child; type facilities: 120 / 110; infant, short-stay and group homes: any score) and admission decided',
      ),
      t(
        '서비스지원 종합조사 결과와 시군구 입소 결정',
        'comprehensive service assessment and local admission decision',
      ),
    ),
  ),
  benefit: {
    description: t(
      '장애유형별·중증장애인·장애영유아 거주시설, 공동생활가정, 단기거주시설에서 24시간 거주·요양·지원. 우선입소: 기초생활수급자 및 부양자가 없거나 부양받을 수 없는 장애인. 실비입소 장애인(기준 중위소득 이하) 이용료 월 29만 4천 원 지원',
      '24-hour residence, care and support in facilities by disability type, for severe disabilities or for infants, in group homes and short-stay homes. Priority: NBLSS recipients and people without anyone to support them. Paying residents with income up to the median get 294,000 a month towards the fee',
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
  sources: [catalogue, booklet, bookletFee],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
