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
  title: '복지로 난임치료휴가급여 지원 (WLF00006292), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006292&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'infertilityLeave.daysPerYear',
    label: t('난임치료휴가 (연간 일수)', 'infertility treatment leave (days a year)'),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 6 }, sources: [catalogue] }],
  },
  {
    id: 'infertilityLeave.paidDays',
    label: t('유급 일수 (최초)', 'paid days (first)'),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 2 }, sources: [catalogue] }],
  },
];

export default defineProgram({
  id: 'WLF00006292',
  version: '2026.1',
  name: t('난임치료휴가급여 지원', 'Infertility treatment leave benefit'),
  ministry: '고용노동부',
  bureau: '고용문화개선정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '연간 6일(최초 2일 유급) 이내의 난임치료 휴가 사용이 가능하며, 난임치료 시술을 예정 중인 근로자에게 난임치료휴가 급여를 지원합니다.',
    'Workers may take up to 6 days of infertility treatment leave a year (the first 2 paid); workers planning infertility treatment receive an infertility treatment leave benefit.',
  ),
  criteria: all(
    undefined,
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '난임치료 시술을 예정하고 난임치료휴가를 사용',
        'planning infertility treatment and taking infertility treatment leave',
      ),
      t(
        '난임치료 시술 예정 (의료기관 확인)과 휴가 사용 (사업주 확인)',
        'planned treatment (medical certificate) and leave taken (employer)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '연간 6일(최초 2일 유급) 이내 난임치료휴가에 대한 급여 지원',
      'A benefit for infertility treatment leave of up to 6 days a year (the first 2 days paid)',
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
