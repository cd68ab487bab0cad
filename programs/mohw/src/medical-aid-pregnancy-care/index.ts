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
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 의료급여 임신·출산 진료비 지원 (WLF00000061), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000061&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「임신·출산 진료비(의료급여)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidPregnancyCare.childAgeMonths',
    label: { ko: '자녀 지원 연령 (월령 미만)', en: 'child age limit (under, in months)' },
    unit: 'months',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 24 },
        sources: [book],
        note: '출생일로부터 2세 미만',
      },
    ],
  },
  {
    id: 'medicalAidPregnancyCare.perPregnancy',
    label: {
      ko: '임신 1회당 지원액 (다태아는 태아당)',
      en: 'support per pregnancy (per foetus for multiples)',
    },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1000000 }, sources: [book] }],
  },
  {
    id: 'medicalAidPregnancyCare.remoteAreaExtra',
    label: { ko: '분만취약지역 거주 추가 지원액', en: 'extra for residents of areas without delivery care' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 200000 },
        sources: [book],
        note: '분만취약지역에 30일 이상 계속 거주(주민등록)',
      },
    ],
  },
  {
    id: 'medicalAidPregnancyCare.useYears',
    label: { ko: '사용 기간 (출산예정일·출산일부터)', en: 'period of use (from the due date or birth)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00000061',
  version: '2026.1',
  name: t(
    '의료급여 임신·출산 진료비 지원',
    'Pregnancy and childbirth medical costs for medical-aid recipients',
  ),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: ['infant', 'pregnancy'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '임신 또는 출산한 의료급여 수급자와 2세미만 자녀에게 의료비를 지원하여 저소득층 국민보건 향상과 사회복지 증진에 기여합니다.',
    'Supports the medical costs of pregnant or recently delivered medical-aid recipients and their children under 2, improving public health among low-income people.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급권자', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    any(
      t(
        '임신 중, 출산(유산·사산 포함)한 수급권자 또는 2세 미만 영유아',
        'pregnant or recently delivered (incl. miscarriage or stillbirth) recipient, or an infant under 2',
      ),
      cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      cmp(
        t('출생일로부터 2세 미만', 'under 2 years old'),
        v('person.ageMonths'),
        '<',
        param('medicalAidPregnancyCare.childAgeMonths'),
      ),
      judgement(
        t('출산(유산·사산 포함)함', 'gave birth (incl. miscarriage or stillbirth)'),
        t('출산·유산·사산 확인 서류', 'proof of birth, miscarriage or stillbirth'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '임신 1회당 100만 원 (다태아는 태아당 100만 원), 분만취약지역 30일 이상 거주 시 20만 원 추가. 임산부와 2세 미만 자녀의 진료비·약제·치료재료 본인부담금(비급여 포함)에 출산예정일(출산일)부터 2년까지 사용',
      '1,000,000 per pregnancy (per foetus for multiples), +200,000 for residents of areas without delivery care for 30+ days. Covers copays (non-covered items included) for the mother and children under 2, usable for 2 years from the due date or birth',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('medicalAidPregnancyCare.perPregnancy');
      return {
        amountKrw,
        lines: [
          {
            label: t(
              '임신 1회당 지원액 (단태아, 분만취약지역 추가분 제외)',
              'per pregnancy (single foetus, remote-area extra not included)',
            ),
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
      { id: 'pregnancyProof', label: t('임신·출산 확인서', 'proof of pregnancy or birth'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
