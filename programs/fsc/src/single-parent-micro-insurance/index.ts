import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 서민금융진흥원 소액보험(한부모가정의료보험) (WLF00006278), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006278&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「서민금융진흥원 소액보험(한부모가정의료보험)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'singleParentInsurance.childMaxAge',
    label: t('보험 대상 자녀 연령 (만 나이 이하)', 'insured children’s age (at most)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 13 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00006278',
  version: '2026.1',
  name: t('서민금융진흥원 소액보험(한부모가정의료보험)', 'Micro-insurance for single-parent families'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['child', 'teen', 'youth', 'middleAge', 'senior'],
  situations: ['singleParent'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '경제적 기반이 취약하고, 불의의 사고로 마주할 수 있는 경제적 위기에 대응 할 수 있도록 보험계약의 체결·유지를 지원합니다.',
    'Supports taking out and keeping insurance so that families with a weak economic base can cope with sudden accidents.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('한부모가족의 부양자', 'a single-parent family provider'),
      cmp(
        t('한부모가족 증명', 'single-parent family certificate'),
        fact('singleParentFamily'),
        '==',
        lit(true),
      ),
    ),
    cmp(
      t('생계급여 수급 가구가 아님', 'household does not receive the livelihood benefit'),
      receives('WLF00001132', t('생계급여 수급', 'receives the livelihood benefit')),
      '==',
      lit(false),
    ),
    cmp(
      t('의료급여 수급 가구가 아님', 'household does not receive medical aid'),
      receives('WLF00000102', t('의료급여 수급', 'receives medical aid')),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '보험 기간 중 상해·질병 등 보험금 청구 사유 발생',
        'an insured event (injury, illness, …) during the insurance period',
      ),
      t(
        '보험금 청구 사유와 진단서 등 (한부모가정의료보험 접수센터)',
        'the insured event and medical records (single-parent insurance centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '한부모가족의 부양자와 만 13세 이하 자녀가 자동 가입되어, 보험 기간 중 상해·질병 등에 대해 보험금 청구 (생계·의료급여 수급자 제외)',
      'Single-parent providers and their children aged 13 or under are enrolled automatically and can claim for injuries, illnesses and other insured events (livelihood and medical-aid recipients excluded)',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102'],
  parameters: parameters,
  cases,
});
