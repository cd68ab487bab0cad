import {
  all,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 발달장애인 주간활동서비스 (WLF00001165), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001165&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「성인 발달장애인 주간활동 서비스」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 발달장애인 주간활동서비스 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001165&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'developmentalDisabilityDayActivities.minAge',
    label: { ko: '대상 연령 하한 (만 나이 이상)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
  {
    id: 'developmentalDisabilityDayActivities.maxAge',
    label: { ko: '대상 연령 상한 (만 나이 이하)', en: 'maximum age (full years, inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 64 }, sources: [book] }],
  },
  {
    id: 'developmentalDisabilityDayActivities.monthlyHours',
    label: { ko: '월 바우처 시간', en: 'monthly voucher hours' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { basic: 132, extended: 176 } },
        sources: [book],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001165',
  version: '2026.1',
  name: t('발달장애인 주간활동서비스', 'Day activity service for adults with developmental disabilities'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [
    t(
      '발달장애인 권리보장 및 지원에 관한 법률',
      'Act on Guarantee of Rights of and Support for Persons with Developmental Disabilities',
    ),
  ],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge'],
  situations: ['disability'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '발달장애인이 낮 시간 자신의 욕구를 반영한 지역사회 기반활동에 참여하게 함으로써 장애인의 자립생활을 지원하고 사회참여 증진을 도모합니다.',
    'Lets adults with developmental disabilities take part in community activities of their choosing during the day, supporting independent living and social participation.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 18세 이상', 'aged 18 or over'),
      v('person.age'),
      '>=',
      param('developmentalDisabilityDayActivities.minAge'),
    ),
    cmp(
      t('만 64세 이하', 'aged 64 or under'),
      v('person.age'),
      '<=',
      param('developmentalDisabilityDayActivities.maxAge'),
    ),
    cmp(
      t('지적·자폐성 장애 등록 (소득 무관)', 'intellectual or autism disability registered (no income test)'),
      fact('disability', 'type'),
      'in',
      lit(['지적', '자폐성']),
    ),
  ),
  benefit: {
    description: t(
      '월 132시간 또는 176시간 주간활동서비스 바우처: 지역사회 기관·장소를 이용하며 동료와 함께 낮 시간 활동',
      'A 132- or 176-hour monthly day-activity voucher: daytime activities with peers at community places',
    ),
  },
  form: {
    schema: z.object({
      voucherType: z.enum(['basic', 'extended']).meta({ label: t('희망 이용 유형', 'voucher type') }),
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
