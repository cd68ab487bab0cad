import {
  all,
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
  title: '복지로 발달장애인 긴급돌봄사업 (WLF00005031), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005031&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「발달장애인 긴급돌봄 시범사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'developmentalEmergencyCare.minAge',
    label: t('대상 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'developmentalEmergencyCare.maxAge',
    label: t('대상 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
  {
    id: 'developmentalEmergencyCare.dailyFee',
    label: t('1일 이용료', 'daily fee'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 15000 },
        sources: [booklet],
        note: '국민기초생활보장수급자·차상위계층은 이용료 미부과 (식비는 부과)',
      },
    ],
  },
  {
    id: 'developmentalEmergencyCare.dailyMeal',
    label: t('1일 식비 (개인부담 15,000원 + 국비 15,000원)', 'daily meal cost (15,000 own + 15,000 state)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30000 }, sources: [booklet] }],
  },
  {
    id: 'developmentalEmergencyCare.maxDaysPerStay',
    label: t('1회 입소 최대 일수', 'maximum days per stay'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 7 }, sources: [booklet] }],
  },
  {
    id: 'developmentalEmergencyCare.maxDaysPerYear',
    label: t('연간 최대 이용 일수', 'maximum days a year'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00005031',
  version: '2026.1',
  name: t('발달장애인 긴급돌봄사업', 'Emergency care for people with developmental disabilities'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [
    t(
      '발달장애인 권리보장 및 지원에 관한 법률',
      'Act on Guarantee of Rights of and Support for Persons with Developmental Disabilities',
    ),
  ],
  target: 'person',
  lifeCycle: ['teen', 'youth'],
  situations: ['disability'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '보호자의 긴급한 상황(입원, 경조사, 심리적 소진 등)으로 긴급돌봄이 필요한 발달장애인에게 일시적 돌봄을 지원합니다.',
    'Gives temporary care to people with developmental disabilities whose carers face an emergency (hospitalisation, family events, burnout).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('만 6세 이상', 'aged 6 or over'),
      v('person.age'),
      '>=',
      param('developmentalEmergencyCare.minAge'),
    ),
    cmp(t('만 65세 미만', 'under 65'), v('person.age'), '<', param('developmentalEmergencyCare.maxAge')),
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    judgement(
      t('발달장애(지적·자폐성) 등록', 'registered developmental disability (intellectual or autism)'),
      t('장애유형 확인 (장애인등록 자료)', 'disability type (disability registration)'),
    ),
    judgement(
      t(
        '보호자의 입원·경조사·소진 등 긴급한 상황',
        'the carer faces an emergency (hospitalisation, family event, burnout)',
      ),
      t(
        '보호자의 긴급 사유 (발달장애인지원센터 접수)',
        'the carer’s emergency (developmental disability support centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '보호자 긴급상황 시 1회 1~7일(연 최대 30일) 24시간 돌봄: 일상생활·사회참여·식사·야간돌봄. 1일 이용료 15,000원, 식비 30,000원(개인부담 15,000원), 수급자·차상위는 이용료 면제',
      '24-hour care for 1–7 days per stay (up to 30 days a year) when the carer faces an emergency: daily living, social activities, meals and night care. Daily fee 15,000 and meals 30,000 (15,000 own share); recipients and near-poor pay no fee',
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
  parameters: parameters,
  cases,
});
