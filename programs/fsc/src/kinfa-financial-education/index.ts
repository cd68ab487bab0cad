import {
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 서민금융진흥원 금융교육 (WLF00006267), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006267&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「서민금융진흥원 금융교육」',
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
    'kinfaEducation.groupMinimum',
    ['방문교육 개설 최소 인원', 'minimum group size for an on-site course'],
    'count',
    20,
    booklet,
  ),
];

export default defineProgram({
  id: 'WLF00006267',
  version: '2026.1',
  name: t('서민금융진흥원 금융교육', 'KINFA financial education'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '서민·취약계층을 포함한 금융소비자가 금융역량을 강화하여 합리적인 금융의사결정을 하도록 지원합니다.',
    'Helps financial consumers, including low-income and vulnerable people, build financial capability so that they make sound financial decisions.',
  ),
  criteria: any(
    t(
      '금융교육 대상 (금융 취약계층 등 희망자)',
      'learners (vulnerable people and others who wish to take part)',
    ),
    cmp(
      t('차상위계층 (금융 취약계층)', 'near-poor (financially vulnerable)'),
      fact('nearPoor'),
      '==',
      lit(true),
    ),
    cmp(
      t('기초생활수급 가구 (금융 취약계층)', 'NBLSS household (financially vulnerable)'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '그 밖의 금융교육 희망자 (온라인·온택트 교육; 방문교육은 20명 이상 단체)',
        'anyone else who wishes to learn (online and live-video courses; on-site courses for groups of 20 or more)',
      ),
      t('교육 신청 (서민금융진흥원 금융교육 누리집)', 'course application (KINFA financial education site)'),
    ),
  ),
  benefit: {
    description: t(
      '재무설계, 저축과 소비, 부채관리, 신용관리, 금융사기 예방, 서민금융제도 이해, 생활·복지, 창업금융, 디지털 금융교육 (방문·온택트·온라인)',
      'Courses on financial planning, saving and spending, debt management, credit management, fraud prevention, inclusive-finance schemes, living and welfare, start-up finance and digital finance (on-site, live video or online)',
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
  openToAll: t(
    '대상이 "금융교육을 희망하는 금융 취약계층 등"으로 제외되는 사람이 없음 (방문교육만 20명 이상 단체로 개설)',
    'the target is "vulnerable people and others who wish to take part": no one is excluded (only on-site courses need a group of 20)',
  ),
  dependsOn: ['WLF00001132'],
  parameters,
  cases,
});
