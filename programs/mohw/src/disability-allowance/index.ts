import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
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
  title: '복지로 장애수당 (WLF00003265), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003265&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「장애수당」', status: 'official' };
const bokjiro2026: Source = {
  title: '복지로 장애수당 (WLF00003265), 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003265&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityAllowance.minAge',
    label: t('지급 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 18 }, sources: [bokjiro2026] },
    ],
  },
  {
    id: 'disabilityAllowance.monthly',
    label: t('장애수당 (월)', 'Disability Allowance (monthly)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 60000 },
        sources: [booklet],
        note: '생계·의료·주거·교육급여 수급자, 차상위계층 월 6만 원',
      },
      { from: '2026-01-01', value: { type: 'scalar', value: 60000 }, sources: [bokjiro2026] },
    ],
  },
  {
    id: 'disabilityAllowance.facilityMonthly',
    label: t('보장시설 수급자 장애수당 (월)', 'Disability Allowance for facility residents (monthly)'),
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 30000 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 30000 }, sources: [bokjiro2026] },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003265',
  version: '2026.1',
  name: t('장애수당', 'Disability Allowance'),
  ministry: '보건복지부',
  bureau: '장애인자립기반과',
  legalBasis: [t('장애인복지법 제49조', 'Act on Welfare of Persons with Disabilities art. 49')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '장애인연금 비수급 경증장애인을 대상으로 장애로 인한 추가적 비용을 보전하여 저소득 장애인 가구의 생활 안정을 도모합니다.',
    'Compensates the extra costs of disability for people with mild disabilities who do not receive the Disability Pension, stabilising the lives of low-income disabled households.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 이상', 'aged 18 or over'), v('person.age'), '>=', param('disabilityAllowance.minAge')),
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    cmp(
      t('장애의 정도가 심하지 않은 장애인 (경증)', 'mild disability'),
      fact('disability', 'severity'),
      '==',
      lit('mild', t('심하지 않은 장애', 'mild')),
    ),
    any(
      t('기초생활수급자 또는 차상위계층', 'NBLSS recipient or near-poor'),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education benefit)',
        ),
        cmp(
          t('생계급여 수급', 'livelihood benefit recipient'),
          receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('의료급여 수급', 'medical aid recipient'),
          receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('주거급여 수급', 'housing benefit recipient'),
          receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급', 'education benefit recipient'),
          receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('차상위계층 가구원', 'a certified near-poor member'),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
    ),
  ),
  benefit: {
    description: t(
      '월 6만 원 (보장시설 수급자 월 3만 원)',
      '60,000 a month (30,000 for residents of welfare facilities)',
    ),
    amount: (ctx) => {
      const inFacility = ctx.fact('facilityResident') === true;
      const amountKrw = ctx.param(
        inFacility ? 'disabilityAllowance.facilityMonthly' : 'disabilityAllowance.monthly',
      );
      return {
        amountKrw,
        lines: [
          {
            label: inFacility
              ? t('보장시설 수급자 장애수당', 'allowance for facility residents')
              : t('장애수당', 'Disability Allowance'),
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
  sources: [catalogue, booklet, bokjiro2026],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters: parameters,
  cases,
});
