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

const record: Source = {
  title: '복지로 의료급여 임신·출산 진료비 지원 (WLF00000061) 2026 상세',
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
    label: {
      ko: '자녀 지원 연령 (출생일로부터, 월령 미만)',
      en: 'child age limit (under, in months from birth)',
    },
    unit: 'months',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [book] },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 24 },
        sources: [record],
        note: '출생일로부터 2세 미만',
      },
    ],
  },
  {
    id: 'medicalAidPregnancyCare.perPregnancy',
    label: {
      ko: '임신·출산 진료비 지원액 (다태아는 태아당)',
      en: 'pregnancy and childbirth support (per foetus for multiples)',
    },
    unit: 'krw',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 1000000 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 1000000 }, sources: [record] },
    ],
  },
  {
    id: 'medicalAidPregnancyCare.remoteAreaExtra',
    label: { ko: '분만취약지역 거주 추가 지원액', en: 'extra for residents of areas without delivery care' },
    unit: 'krw',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 200000 }, sources: [book] },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 200000 },
        sources: [record],
        note: '분만취약지(기록에 시군 목록)에 계속하여 30일 이상 거주',
      },
    ],
  },
  {
    id: 'medicalAidPregnancyCare.remoteAreaResidenceDays',
    label: {
      ko: '분만취약지역 계속 거주 기간 (일 이상)',
      en: 'continuous residence in an area without delivery care (days, at least)',
    },
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 30 }, sources: [record] }],
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
  legalBasis: [t('의료급여법 시행규칙', 'Enforcement Rules of the Medical Aid Act')],
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
      t('의료급여 수급자', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    any(
      t(
        '임신 중이거나 출산(유산·사산 포함)한 수급권자, 또는 출생일로부터 2세 미만의 자녀',
        'a recipient who is pregnant or gave birth (miscarriage or stillbirth included), or a child under 2',
      ),
      cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      all(
        t(
          '출산(유산·사산 포함)한 수급권자',
          'a recipient who gave birth (miscarriage or stillbirth included)',
        ),
        cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
        judgement(
          t('출산(유산·사산 포함)', 'gave birth (miscarriage or stillbirth included)'),
          t('출산·유산·사산 확인 서류', 'proof of the birth, miscarriage or stillbirth'),
        ),
      ),
      cmp(
        t('출생일로부터 2세 미만', 'under 2 years from birth'),
        v('person.ageMonths'),
        '<',
        param('medicalAidPregnancyCare.childAgeMonths'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '임신·출산 진료비 100만원 (다태아는 태아당 100만원), 분만취약지역에 계속하여 30일 이상 거주하면 20만원 추가. 의료기관·약국 본인부담금(비급여 포함)에서 지원 한도 안에서 차감. 분만취약지: 인천 강화·옹진, 경기 연천·가평·양평, 강원 홍천·인제·정선·평창·화천, 충북 보은·괴산·단양, 전북 진안·무주·장수, 전남 보성·완도·진도·신안, 대구 군위, 경북 의성·청송·영양·영덕·청도·봉화·울릉, 경남 의령·남해·합천·산청. 산정액은 태아 1명 기준이며 다태아·분만취약지 추가분은 포함하지 않음 (태아 수·거주기간 자료 없음). 사용 기간은 기록에 없음',
      '1,000,000 for pregnancy and childbirth care (per foetus for multiples), plus 200,000 after 30+ days of continuous residence in an area without delivery care (the record lists the counties). Deducted from copays at clinics and pharmacies (non-covered items included) up to the limit. The computed amount is for one foetus and leaves out multiples and the remote-area extra (no data on foetuses or length of residence). The period of use is not in the record',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('medicalAidPregnancyCare.perPregnancy');
      return {
        amountKrw,
        lines: [
          {
            label: t(
              '임신·출산 진료비 (태아 1명 기준; 다태아·분만취약지 추가 제외)',
              'pregnancy and childbirth care (one foetus; multiples and remote-area extra not included)',
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
      {
        id: 'pregnancyCareApplication',
        label: t('의료급여 임신·출산 진료비 지원(변경)신청서', 'pregnancy and childbirth care application'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [record, book],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
