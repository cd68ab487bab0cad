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
  title: '복지로 장애인활동지원 (WLF00003260), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003260&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「장애인 활동지원」', status: 'official' };
const detail2022: Source = {
  title: '복지로 「장애인활동지원」 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'personalAssistance.minAge',
    label: t('신청 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'personalAssistance.maxAge',
    label: t('신청 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
  {
    id: 'personalAssistance.minScore',
    label: t(
      '서비스 지원 종합조사 종합점수 기준 (이상)',
      'minimum score in the comprehensive service assessment',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 42 }, sources: [booklet] }],
  },
  {
    id: 'personalAssistance.benefitMin',
    label: t('활동지원급여 월 최소액 (15등급)', 'lowest monthly benefit (grade 15)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 971000 }, sources: [booklet] }],
  },
  {
    id: 'personalAssistance.benefitMax',
    label: t('활동지원급여 월 최대액 (1등급)', 'highest monthly benefit (grade 1)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 7754000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003260',
  version: '2026.1',
  name: t('장애인활동지원', 'Personal assistance service for disabled people'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [
    t('장애인활동 지원에 관한 법률', 'Act on Personal Assistance Services for Persons with Disabilities'),
  ],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth', 'middleAge'],
  situations: ['disability'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '혼자서 일상생활과 사회생활을 하기 어려운 장애인에게 활동보조서비스를 제공하여 자립생활을 지원하고 사회참여를 도모합니다.',
    'Provides personal assistance to disabled people who find daily and social life hard on their own, supporting independent living and social participation.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 6세 이상', 'aged 6 or over'), v('person.age'), '>=', param('personalAssistance.minAge')),
    cmp(t('만 65세 미만', 'under 65'), v('person.age'), '<', param('personalAssistance.maxAge')),
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '서비스 지원 종합조사 종합점수 42점 이상 (활동지원등급 판정)',
        'comprehensive service assessment score of 42 or more (assistance grade)',
      ),
      t(
        '서비스 지원 종합조사 결과 (국민연금공단 방문조사, 수급자격심의위원회)',
        'comprehensive service assessment (National Pension Service visit, eligibility committee)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '활동보조(신체·가사·사회활동), 방문간호, 방문목욕 바우처: 활동지원급여 1~15등급 월 97만 1,000원~775만 4,000원, 특별지원급여(출산·자립준비·보호자 일시부재) 한시 지원. 소득에 따라 본인부담금',
      'Voucher for personal assistance (personal care, housework, social activities), home nursing and bathing: 971,000–7,754,000 a month by grade (1–15), plus temporary special benefits (childbirth, preparing for independence, carer absence). An income-based copayment applies',
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
  sources: [catalogue, booklet, detail2022],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
