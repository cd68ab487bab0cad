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
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 여성장애인 출산비용지원 (WLF00003278), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003278&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「여성장애인 출산비용 지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 「여성장애인출산비용지원」 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabledWomenChildbirth.perChild',
    label: t('출산비용 (태아 1인당)', 'grant per child (foetus)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1200000 }, sources: [booklet] }],
  },
  {
    id: 'disabledWomenChildbirth.minPregnancyMonths',
    label: t(
      '유산·사산 인정 임신기간 (개월 이상)',
      'minimum pregnancy length for miscarriage or stillbirth (months)',
    ),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 4 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003278',
  version: '2026.1',
  name: t('여성장애인 출산비용지원', 'Childbirth grant for disabled women'),
  ministry: '보건복지부',
  bureau: '장애인건강과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '임신과 출산에 대한 비용이 추가로 발생하는 여성장애인에게 출산비용을 지원하여 경제적 부담을 경감하고 모성권 보호에 기여합니다.',
    'Pays a childbirth grant to disabled women, who face extra costs in pregnancy and childbirth, easing the financial burden and protecting maternity rights.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
    judgement(
      t(
        '출산 (임신 4개월 이상 유산·사산 포함)',
        'gave birth (including miscarriage or stillbirth after 4+ months of pregnancy)',
      ),
      t(
        '출생증명서·가족관계등록부 또는 사산(사태)진단서',
        'birth certificate, family register or stillbirth certificate',
      ),
    ),
  ),
  benefit: {
    description: t(
      '태아 1인 기준 120만 원 (해산급여·첫만남이용권과 중복 가능)',
      '1,200,000 per child (can be combined with the NBLSS childbirth benefit and the First Meeting Voucher)',
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
