import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 입양·가정위탁아동 심리치료 지원 (WLF00003270), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003270&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「입양아동 지원」', status: 'official' };
const bookletFoster: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「가정위탁아동 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'adoptedFosterTherapy.adoptedMaxAge',
    label: t('입양아동 연령 (만 나이 미만)', 'age limit for adopted children (under)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'adoptedFosterTherapy.monthlyCap',
    label: t('심리치료비 월 한도', 'monthly therapy limit'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200000 }, sources: [booklet] }],
  },
  {
    id: 'adoptedFosterTherapy.assessmentFee',
    label: t('심리검사비 (1회, 위탁아동)', 'psychological assessment (once, foster children)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200000 }, sources: [bookletFoster] }],
  },
  {
    id: 'adoptedFosterTherapy.transportCap',
    label: t('교통비 월 한도 (위탁아동)', 'monthly transport limit (foster children)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20000 }, sources: [bookletFoster] }],
  },
];

export default defineProgram({
  id: 'WLF00003270',
  version: '2026.1',
  name: t('입양·가정위탁아동 심리치료 지원', 'Psychotherapy for adopted and foster children'),
  ministry: '보건복지부',
  bureau: '아동보호자립과',
  legalBasis: [t('입양특례법', 'Special Adoption Act'), t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '국내입양, 가정위탁아동 중 과잉행동장애(ADHD), 정서불안장애 등으로 인해 상담, 치료가 필요한 아동의 심리정서 검사, 치료비를 지원합니다.',
    'Pays psychological assessments and therapy for domestically adopted and foster children who need counselling or treatment for ADHD, emotional instability and similar conditions.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '가정위탁아동 또는 만 18세 미만 국내 입양아동',
        'a foster child or a domestically adopted child under 18',
      ),
      cmp(t('보호대상아동 (가정위탁)', 'child in care (foster care)'), fact('fosterCare'), '==', lit(true)),
      all(
        t('만 18세 미만 국내 입양아동', 'domestically adopted child under 18'),
        cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('adoptedFosterTherapy.adoptedMaxAge')),
        judgement(
          t('국내 입양아동', 'a domestically adopted child'),
          t('입양 사실 (입양허가·가족관계등록부)', 'adoption record (court approval, family register)'),
        ),
      ),
    ),
    judgement(
      t(
        '과잉행동장애(ADHD)·정서불안 등으로 상담·치료가 필요',
        'needs counselling or treatment for ADHD, emotional instability or similar',
      ),
      t('심리정서 검사 결과·전문가 소견', 'psychological assessment or specialist opinion'),
    ),
  ),
  benefit: {
    description: t(
      '심리치료비 월 최대 20만 원 (위탁아동·위탁부모 상담비 월 20만 원 이내, 심리검사비 1회 20만 원, 교통비 월 2만 원 이내)',
      'Therapy costs up to 200,000 a month (for foster children and foster parents: counselling up to 200,000 a month, one assessment of 200,000, transport up to 20,000 a month)',
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
  sources: [catalogue, booklet, bookletFoster],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
