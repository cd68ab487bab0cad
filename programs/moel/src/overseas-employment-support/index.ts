import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 해외취업 지원 (WLF00006249), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006249&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = { title: '2024 나에게 힘이 되는 복지서비스 「해외취업 지원」', status: 'official' };
const booklet1: Source = { title: '2024 나에게 힘이 되는 복지서비스 「K-Move 스쿨」', status: 'official' };
const booklet2: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「해외취업 정착지원금」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'overseasJobs.maxAge',
    label: t('대상 연령 (만 나이 이하)', 'age limit (at most)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 34 }, sources: [booklet1] }],
  },
  {
    id: 'overseasJobs.kMoveCap',
    label: t(
      'K-Move 스쿨 1인당 지원 한도 (교육비 등)',
      'K-Move School support per person (training and more)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 13_500_000 }, sources: [booklet1] }],
  },
  {
    id: 'overseasJobs.settlementGrantCap',
    label: t('해외취업 정착지원금 1인당 최대', 'overseas settlement grant per person (maximum)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5_000_000 }, sources: [booklet2] }],
  },
];

export default defineProgram({
  id: 'WLF00006249',
  version: '2026.1',
  name: t('해외취업 지원', 'Overseas employment support for young people'),
  ministry: '고용노동부',
  bureau: '청년고용기획과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '해외 취업을 희망하는 청년을 대상으로 구인기업 맞춤 교육 제공 및 양질의 해외 취업 일자리 연계를 지원합니다.',
    'Offers young people who want to work abroad training tailored to hiring companies and links them to good jobs overseas.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 34세 이하', 'aged 34 or under'), v('person.age'), '<=', param('overseasJobs.maxAge')),
    cmp(
      t('대한민국 국민', 'Korean national'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    judgement(
      t(
        '해외취업 희망 청년으로 K-Move 스쿨 등 과정에 선발 (정착지원금은 소득 6분위 이하·취업인정기준 충족)',
        'a young person seeking work abroad, selected for K-Move School or another course (settlement grant: income decile 6 or lower and recognised employment)',
      ),
      t(
        '과정 선발과 해외취업 인정 (한국산업인력공단)',
        'course selection and recognised overseas employment (HRD Korea)',
      ),
    ),
  ),
  benefit: {
    description: t(
      'K-Move 스쿨: 교육비 등 1인당 최대 1,350만 원, 해외취업 정착지원금: 1인당 최대 500만 원, 월드잡플러스 해외일자리·비자 정보',
      'K-Move School: up to 13,500,000 per person for training and more; overseas settlement grant: up to 5,000,000 per person; job and visa information on WorldJob+',
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
  sources: [catalogue, booklet0, booklet1, booklet2],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
