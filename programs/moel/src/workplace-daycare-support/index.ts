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
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 직장어린이집 설치 지원 (WLF00001163), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001163&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「직장어린이집 설치 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'workplaceDaycare.monthlyOperatingCost',
    label: t(
      '중소기업 직장어린이집 운영비 (보육현원별, 월)',
      'SME workplace daycare operating costs by enrolment (monthly)',
    ),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            upTo39: 2000000,
            from40to59: 2800000,
            from60to79: 3600000,
            from80to99: 4400000,
            from100: 5200000,
          },
        },
        sources: [booklet0],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001163',
  version: '2026.1',
  name: t('직장어린이집 설치 지원', 'Support for workplace daycare centres'),
  ministry: '고용노동부',
  bureau: '고용문화개선정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '근로자의 육아부담 완화와 여성의 경제활동 참여 촉진 및 직장어린이집 운영의 내실화를 도모합니다.',
    'Eases workers’ childcare burden, promotes women’s participation in work and strengthens the running of workplace daycare centres.',
  ),
  criteria: all(
    undefined,
    any(
      t('사업주 (사업자 등록 또는 자영업)', 'employer (registered business or self-employed)'),
      cmp(
        t('사업자 등록 (소상공인·자영업)', 'registered business (small business / self-employed)'),
        fact('smallBusiness'),
        '==',
        lit(true),
      ),
      cmp(
        t('자영업 (사업주)', 'self-employed (business owner)'),
        fact('employment', 'status'),
        'in',
        lit(['selfEmployed']),
      ),
    ),
    judgement(
      t(
        '고용보험에 가입한 사업주 또는 사업주 단체로서 직장어린이집을 설치·운영 (중소기업 운영비 지원)',
        'an employer or employers’ association insured under employment insurance running a workplace daycare centre (operating costs for SMEs)',
      ),
      t(
        '고용보험 가입과 직장어린이집 설치·운영 현황 (근로복지공단 직장보육지원센터)',
        'employment insurance and the daycare centre (COMWEL workplace childcare support centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '중소기업 직장어린이집 운영비를 분기별 지원: 보육현원 39명 이하 월 200만 원, 40~59명 280만 원, 60~79명 360만 원, 80~99명 440만 원, 100명 이상 520만 원',
      'Quarterly operating costs for SME workplace daycare centres: 2,000,000 a month for up to 39 children, 2,800,000 for 40–59, 3,600,000 for 60–79, 4,400,000 for 80–99 and 5,200,000 for 100 or more',
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
      businessRegistrationNumber: z
        .string()
        .regex(/^[0-9]{3}-?[0-9]{2}-?[0-9]{5}$/)
        .meta({ label: t('사업자등록번호', 'business registration number') }),
      enrolledChildren: z
        .number()
        .int()
        .min(0)
        .meta({ label: t('보육 현원 (명)', 'children enrolled') }),
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
  parameters: parameters,
  cases,
});
