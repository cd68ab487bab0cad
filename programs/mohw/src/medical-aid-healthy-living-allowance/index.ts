import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 의료급여(의료급여건강생활유지비) (WLF00003218), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003218&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「건강생활 유지비 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidHealthyLiving.monthly',
    label: t('건강생활 유지비 (월)', 'healthy-living allowance (monthly)'),
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 6000 }, sources: [booklet], note: '연 72,000원' },
    ],
  },
  {
    id: 'medicalAidHealthyLiving.annual',
    label: t('건강생활 유지비 (연)', 'healthy-living allowance (yearly)'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 72000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003218',
  version: '2026.1',
  name: t('의료급여(의료급여건강생활유지비)', 'Medical aid healthy-living allowance'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural', 'veteran', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '의료급여 수급권자에 대한 의료비를 지원하여 저소득층 국민보건 향상과 사회복지 증진에 기여합니다.',
    'Supports the medical costs of medical-aid recipients to improve the health of low-income people and promote social welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '의료급여 1종 수급자 (본인부담면제자·급여제한자 제외)',
        'type-1 medical-aid recipient (not copay-exempt or benefit-restricted)',
      ),
      t(
        '의료급여 종별과 본인부담면제·급여제한 여부 (시군구)',
        'medical-aid type and copay-exemption or restriction status (local government)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '매월 6,000원(연 72,000원)을 가상계좌로 지원, 외래진료 본인부담금에서 우선 차감하고 연말 잔액은 다음 연도에 현금 환급 (한 달 내내 입원한 기간 제외)',
      '6,000 a month (72,000 a year) in a virtual account used first for outpatient copayments; the year-end balance is refunded in cash the next year (months spent entirely in hospital excluded)',
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
  dependsOn: ['WLF00000102'],
  parameters: parameters,
  cases,
});
