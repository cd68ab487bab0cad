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
  title: '복지로 청소년 발달장애인 방과후활동서비스 (WLF00001178), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001178&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「청소년 발달장애인 방과후활동서비스」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 청소년 발달장애인 방과후활동서비스 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001178&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'teenDevelopmentalDisabilityAfterSchool.minAge',
    label: { ko: '대상 연령 하한 (만 나이 이상)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [book] }],
  },
  {
    id: 'teenDevelopmentalDisabilityAfterSchool.ageLimit',
    label: { ko: '대상 연령 상한 (만 나이 미만)', en: 'age limit (under, full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
  {
    id: 'teenDevelopmentalDisabilityAfterSchool.monthlyHours',
    label: { ko: '월 방과후활동 바우처 시간', en: 'monthly after-school voucher hours' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 66 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001178',
  version: '2026.1',
  name: t(
    '청소년 발달장애인 방과후활동서비스',
    'After-school service for teenagers with developmental disabilities',
  ),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [
    t(
      '발달장애인 권리보장 및 지원에 관한 법률',
      'Act on Guarantee of Rights of and Support for Persons with Developmental Disabilities',
    ),
  ],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['disability'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '만 6세 이상~만 18세 미만의 청소년 발달장애인이 방과후에도 돌봄을 지원받을 수 있도록 방과후활동 이용권을 지급합니다.',
    'Gives teenagers with developmental disabilities aged 6 to under 18 an after-school voucher so that they are cared for after school.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 6세 이상', 'aged 6 or over'),
      v('person.age'),
      '>=',
      param('teenDevelopmentalDisabilityAfterSchool.minAge'),
    ),
    cmp(
      t('만 18세 미만 (만 17세 이하)', 'under 18 (17 or younger)'),
      v('person.age'),
      '<',
      param('teenDevelopmentalDisabilityAfterSchool.ageLimit'),
    ),
    cmp(
      t('발달장애인 (지적·자폐성 장애 등록)', 'developmental disability (intellectual or autism registered)'),
      fact('disability', 'type'),
      'in',
      lit(['지적', '자폐성']),
    ),
  ),
  benefit: {
    description: t(
      '월 66시간 방과후활동서비스 바우처 (2024): 방과후 안전한 돌봄, 가족의 돌봄 부담 경감',
      'A 66-hour monthly after-school voucher (2024): safe care after school and relief for families',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
