import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  not,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title:
    '복지로 입원 및 격리치료명령 결핵환자 부양가족생활보호비 지원 (WLF00001159), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001159&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「입원·격리치료명령 결핵환자 부양가족 생활보호비 지원」',
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
    'tbFamilySupport.incomeShare',
    ['소득 기준 (기준 중위소득 대비, 미만)', 'income limit (share of the median, below)'],
    'ratio',
    1.2,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00001159',
  version: '2026.1',
  name: t(
    '입원 및 격리치료명령 결핵환자 부양가족생활보호비 지원',
    'Living support for families of tuberculosis patients under hospitalisation or isolation orders',
  ),
  ministry: '질병관리청',
  bureau: '결핵정책과',
  legalBasis: [t('결핵예방법', 'Tuberculosis Prevention Act')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '결핵예방법에 따라 입원 및 격리치료 명령을 받은 결핵환자의 격리기간 동안 발생한 소득상실을 보전하기 위해 환자 본인 또는 그 부양가족에게 생활보호비를 지급합니다.',
    'Pays living support to tuberculosis patients under a hospitalisation or isolation order, or to their dependants, to make up for income lost during isolation.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('결핵환자가 있음', 'a member has tuberculosis'),
      cmp(
        t('결핵', 'tuberculosis'),
        fact('illness', 'kind'),
        '==',
        lit('tuberculosis', t('결핵', 'tuberculosis')),
      ),
    ),
    cmp(
      t('가구 소득이 기준 중위소득 120% 미만', 'household income below 120% of the median'),
      v('household.monthlyIncome'),
      '<',
      mul(
        t('기준 중위소득의 120%', '120% of the median income'),
        param('median.income', { by: 'household.size' }),
        param('tbFamilySupport.incomeShare'),
      ),
    ),
    not(
      t(
        '생계급여·긴급생계지원 등 동일 성격의 급여를 받지 않음',
        'not receiving livelihood benefit, emergency livelihood support or similar',
      ),
      any(
        undefined,
        cmp(
          t('생계급여 수급', 'livelihood benefit recipient'),
          receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('긴급복지 생계지원 수급', 'emergency livelihood support recipient'),
          receives('WLF00003180', t('긴급복지 생계지원 수급', 'emergency livelihood support recipient')),
          '==',
          lit(true),
        ),
      ),
    ),
    judgement(
      t(
        '입원·격리치료명령을 받아 소득을 상실함',
        'lost income because of a hospitalisation or isolation order',
      ),
      t(
        '입원·격리치료명령서, 소득 상실 확인 (주소지 보건소)',
        'the order and proof of lost income (local health centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '가구별 생계급여 최저보장수준(생계급여 선정기준액)으로 부양가족 생활보호비 지원',
      'Living support at the livelihood-benefit guarantee level for the household size',
    ),
    amount: (ctx) => {
      const size = Number(ctx.get('household.size'));
      const amountKrw = ctx.param('nblss.threshold.livelihood', size);
      return {
        amountKrw,
        lines: [
          {
            label: t('가구원 수별 생계급여 선정기준', 'livelihood threshold for the household size'),
            value: amountKrw,
          },
        ],
      };
    },
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
  dependsOn: ['WLF00001132', 'WLF00003180'],
  parameters,
  cases,
});
