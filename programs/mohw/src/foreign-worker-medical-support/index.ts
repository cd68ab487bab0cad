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
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 외국인근로자 등 의료지원 (WLF00003256), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003256&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「외국인근로자 등 의료지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'foreignWorkerMedical.supportRate',
    label: t('지원 비율 (입원~퇴원 총 진료비)', 'share of the total bill paid (admission to discharge)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.9 }, sources: [booklet] }],
  },
  {
    id: 'foreignWorkerMedical.perEpisodeCap',
    label: t('1회 지원 한도', 'limit per episode'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5000000 }, sources: [booklet] }],
  },
  {
    id: 'foreignWorkerMedical.childMaxAge',
    label: t('자녀 연령 (만 나이 미만)', 'age limit for children (under)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003256',
  version: '2026.1',
  name: t(
    '외국인근로자 등 의료지원',
    'Medical support for foreign workers and others without health coverage',
  ),
  ministry: '보건복지부',
  bureau: '공공의료정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '건강보험, 의료급여 등 각종 의료보장 제도에 의해 지원을 받을 수 없는 외국인근로자 등을 대상으로 입원·수술이 필요한 경우에 의료비를 지원하여 최소한의 건강한 삶의 질 보장합니다.',
    'Pays hospital and surgery costs for foreign workers and others who cannot get help from health insurance, medical aid or any other medical security scheme, to secure a minimum of health.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '외국인(근로자·결혼이민자·난민과 그 가족) 또는 노숙인',
        'a foreigner (worker, marriage migrant, refugee or family) or a homeless person',
      ),
      cmp(
        t('외국 국적', 'foreign nationality'),
        v('person.nationality'),
        '!=',
        lit('KR', t('대한민국', 'Korea')),
      ),
      cmp(t('노숙인', 'homeless'), v('household.tenure'), '==', lit('homeless', t('노숙', 'homeless'))),
    ),
    cmp(
      t('건강보험·의료급여 자격 없음', 'not covered by health insurance or medical aid'),
      fact('healthInsurance'),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '입원·수술이 필요 (외래는 산전진찰·18세 미만 자녀만)',
        'needs hospital admission or surgery (outpatient care only for prenatal care and children under 18)',
      ),
      t('의료기관의 입원·수술 필요 소견', 'provider’s statement that admission or surgery is needed'),
    ),
  ),
  benefit: {
    description: t(
      '입원부터 퇴원까지 총 진료비의 90% 지원 (1회 500만 원 이내)',
      '90% of the total bill from admission to discharge (up to 5,000,000 per episode)',
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
  parameters: parameters,
  cases,
});
