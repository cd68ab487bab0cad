import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 체불 근로자 생계비 융자 (WLF00006283), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006283&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「근로자 생활안정자금 융자」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'unpaidWageLoan.cap',
    label: t('임금체불생계비 총 한도', 'total limit for unpaid-wage living loans'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20_000_000 }, sources: [booklet0] }],
  },
  {
    id: 'unpaidWageLoan.capPreferential',
    label: t(
      '임금체불생계비 총 한도 (고용위기지역·특별고용지원업종 우대)',
      'total limit, preferential (crisis areas and special industries)',
    ),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30_000_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00006283',
  version: '2026.1',
  name: t('체불 근로자 생계비 융자', 'Living-cost loans for workers with unpaid wages'),
  ministry: '고용노동부',
  bureau: '퇴직연금복지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: [],
  provision: 'loan',
  cycle: 'asNeeded',
  summary: t(
    '임금체불로 생계곤란을 겪는 근로자에 대한 저리의 생계비 융자를 통한 생활안정을 지원합니다.',
    'Supports the living stability of workers in hardship because of unpaid wages with low-interest living-cost loans.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '대한민국 국적 (외국인·재외동포는 신용보증 대상 제외)',
        'Korean nationality (foreigners and overseas Koreans are not eligible for the credit guarantee)',
      ),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    judgement(
      t(
        '임금체불로 생계가 곤란한 근로자 (체불 사실 확인)',
        'a worker in hardship because of unpaid wages (unpaid wages confirmed)',
      ),
      t(
        '임금체불 확인 (체불임금등·사업주 확인서 등, 고용노동관서)',
        'confirmation of unpaid wages (labour office certificate)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '임금체불 생계비 저리 융자, 총 한도 2,000만 원 (고용위기지역·특별고용지원업종 우대 3,000만 원)',
      'Low-interest living-cost loans for unpaid wages, up to 20,000,000 in total (30,000,000 in employment-crisis areas and special industries)',
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
      amountKrw: z
        .number()
        .int()
        .min(1)
        .meta({ label: t('신청 금액 (원)', 'amount requested (KRW)') }),
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
