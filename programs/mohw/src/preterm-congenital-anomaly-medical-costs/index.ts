import {
  all,
  any,
  cmp,
  defineProgram,
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
  title: '복지로 미숙아 및 선천성이상아 의료비 지원 (WLF00003237), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003237&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「미숙아 및 선천성이상아 의료비 지원」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'pretermCongenital.congenitalWindowYears',
    [
      '선천성이상아: 출생 후 진단·입원 수술 기간 (년 이내)',
      'congenital anomaly: diagnosis and in-patient surgery within (years of birth)',
    ],
    'years',
    2,
    booklet,
  ),
  scalar(
    'pretermCongenital.applicationMonths',
    ['신청 기한 (최종 퇴원일로부터 개월 이내)', 'application deadline (months after final discharge)'],
    'months',
    6,
    booklet,
  ),
  {
    id: 'pretermCongenital.supportLimit',
    label: t('지원 한도 (출생 체중별·선천성이상아)', 'support limit (by birth weight; congenital anomaly)'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            under1000g: 10_000_000,
            from1000gUnder1500g: 7_000_000,
            from1500gUnder2000g: 4_000_000,
            from2000gUnder2500gPreterm: 3_000_000,
            congenital: 5_000_000,
          },
        },
        sources: [booklet],
        note: '2.0~2.5kg 미만은 재태기간 37주 미만인 경우',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003237',
  version: '2026.1',
  name: t(
    '미숙아 및 선천성이상아 의료비 지원',
    'Medical cost support for premature infants and infants with congenital anomalies',
  ),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '미숙아 및 선천성이상아 대상 의료비 지원을 통해 환아 가정의 경제적 부담을 완화하고, 미숙아 등 고위험 신생아의 건강한 성장 발달을 도모합니다.',
    'Supports the medical costs of premature infants and infants with congenital anomalies, to ease the financial burden on their families and help high-risk newborns grow and develop healthily.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '지원 대상은 환아(출생아) 본인 — 가구주의 자녀 또는 손자녀',
        'the patient is the infant — a child or grandchild of the head of household',
      ),
      v('person.relation'),
      'in',
      lit(['child', 'grandchild'], t('자녀·손자녀', 'child or grandchild')),
    ),
    any(
      t('미숙아 또는 선천성이상아', 'premature infant or infant with a congenital anomaly'),
      judgement(
        t(
          '미숙아: 출생 후 24시간 이내 신생아중환자실(NICU) 입원',
          'premature infant: admitted to a neonatal intensive care unit within 24 hours of birth',
        ),
        t(
          'NICU 입원 기록·출생 체중 (의무기록, 최종 퇴원일로부터 6개월 이내 보건소 신청)',
          'NICU admission record and birth weight (medical record; apply at the health centre within 6 months of final discharge)',
        ),
      ),
      all(
        t('선천성이상아', 'infant with a congenital anomaly'),
        cmp(
          t('출생 후 2년 이내', 'within 2 years of birth'),
          v('person.age'),
          '<',
          param('pretermCongenital.congenitalWindowYears'),
        ),
        judgement(
          t(
            '출생 후 2년 이내 선천성이상(Q코드) 진단 및 입원 수술',
            'congenital anomaly (Q code) diagnosed, and in-patient surgery, within 2 years of birth',
          ),
          t('진단서·수술 기록 (의무기록)', 'diagnosis and surgery records'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '치료 목적 의료비 중 건강보험 전액본인부담금과 비급여 진료비 지원 (병실입원료 등 일부 제외), 출생 체중별 한도: 1kg 미만 1,000만 원, 1~1.5kg 700만 원, 1.5~2kg 400만 원, 2~2.5kg 미만(재태기간 37주 미만) 300만 원; 선천성이상아 500만 원. 2024년부터 가구 소득과 관계없이 지원',
      'Pays the fully self-paid part of NHI-covered treatment and non-covered costs (some items such as ward fees excluded), up to a limit by birth weight: under 1 kg KRW 10,000,000; 1–1.5 kg 7,000,000; 1.5–2 kg 4,000,000; 2–2.5 kg (born before 37 weeks) 3,000,000; congenital anomaly 5,000,000. Since 2024 regardless of household income',
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
  parameters,
  cases,
});
