import {
  all,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 고혈압·당뇨병 등록관리사업 (WLF00000047), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000047&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「고혈압·당뇨병 등록관리」',
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
    'hypertensionDiabetes.minAge',
    ['대상 연령 (만, 이상)', 'minimum age'],
    'years',
    30,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'hypertensionDiabetes.costSupportAge',
    ['의료비 지원 연령 (만, 이상)', 'age for medical cost support'],
    'years',
    65,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'hypertensionDiabetes.clinicFee',
    ['진료비 지원 (월)', 'clinic fee support (monthly)'],
    'krw/month',
    1500,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'hypertensionDiabetes.drugFeePerDisease',
    ['약제비 지원 (질환별, 월)', 'drug cost support per disease (monthly)'],
    'krw/month',
    2000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'hypertensionDiabetes.drugFeeBoth',
    ['약제비 지원 (두 질환 모두, 월)', 'drug cost support for both diseases (monthly)'],
    'krw/month',
    4000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00000047',
  version: '2026.1',
  name: t('고혈압·당뇨병 등록관리사업', 'Hypertension and diabetes registration and management'),
  ministry: '질병관리청',
  bureau: '만성질환예방과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '심뇌혈관질환 선행질환인 고혈압, 당뇨병 환자의 지속치료율 향상 및 자가관리 역량 지원을 통한 합병증 발생 또는 사망 발생 감소를 도모합니다.',
    'Helps patients with hypertension or diabetes, the forerunners of cardio-cerebrovascular disease, keep up treatment and manage themselves, to reduce complications and deaths.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 30세 이상', 'aged 30 or over'), v('person.age'), '>=', param('hypertensionDiabetes.minAge')),
    judgement(
      t(
        '고혈압 또는 당뇨병 환자이며 주민등록상 사업지역 거주 (2024년: 서울 성동구, 광주 광산구, 울산 중구, 세종, 경기 광명·남양주·안산·부천·하남, 강원 동해·홍천, 전북 진안, 전남 목포·여수·장성, 경북 경주·포항, 경남 사천, 제주 제주시)',
        'a hypertension or diabetes patient registered as living in a programme area (2024: Seongdong-gu Seoul, Gwangsan-gu Gwangju, Jung-gu Ulsan, Sejong, Gwangmyeong, Namyangju, Ansan, Bucheon and Hanam in Gyeonggi, Donghae and Hongcheon in Gangwon, Jinan, Mokpo, Yeosu, Jangseong, Gyeongju, Pohang, Sacheon, Jeju)',
      ),
      t(
        '진단 (사업지역 의료기관 등록·동의서), 주소지 (시군구 구분 변수 없음)',
        'diagnosis (registration and consent at a participating clinic), address (no district variable)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '병·의원 진료일 알림, 질환·영양 교육·상담, 65세 이상은 진료비 월 1,500원과 약제비 질환별 2,000원(두 질환 모두 4,000원) 본인부담 지원 (외국인은 건강보험가입자만)',
      'Appointment reminders, disease and nutrition education and counselling; patients aged 65 or over get KRW 1,500 a month toward clinic fees and 2,000 per disease toward drugs (4,000 for both) (foreigners only if NHI members)',
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
