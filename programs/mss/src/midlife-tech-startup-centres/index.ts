import {
  all,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 중장년 기술창업센터 지원사업 (WLF00003205), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003205&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「중장년 기술창업센터 지원」',
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
    'midlifeTechStartup.minAge',
    ['대상 연령 (만, 이상)', 'minimum age'],
    'years',
    40,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'midlifeTechStartup.startupYears',
    ['창업 기간 (년 이내)', 'years since start-up (within)'],
    'years',
    3,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00003205',
  version: '2026.1',
  name: t('중장년 기술창업센터 지원사업', 'Technology start-up centres for middle-aged founders'),
  ministry: '중소벤처기업부',
  bureau: '창업생태계과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'facility',
  cycle: 'asNeeded',
  summary: t(
    '경력, 네트워크, 전문성을 보유한 중장년 (예비)창업자의 기술창업 활성화를 위해 창업교육과 창업거점 등을 지원합니다.',
    'Supports technology start-ups by middle-aged (would-be) founders with experience, networks and expertise, through start-up training and start-up hubs.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 40세 이상', 'aged 40 or over'), v('person.age'), '>=', param('midlifeTechStartup.minAge')),
    judgement(
      t(
        '기술창업을 희망하는 예비창업자 또는 창업 3년 이내 창업자',
        'a would-be technology founder or a founder within 3 years of start-up',
      ),
      t('센터별 모집·선정 (K-스타트업)', 'recruitment by each centre'),
    ),
  ),
  benefit: {
    description: t(
      '아이디어 검증·사업계획서 구체화 실전 창업교육, 네트워크·멘토링·경영·기술·마케팅·사업화 연계 보육, 사무공간 입주(별도 모집)',
      'Practical start-up training (idea validation, business plans), incubation with networking, mentoring, management, technology, marketing and commercialisation links, and office space (separate call)',
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
