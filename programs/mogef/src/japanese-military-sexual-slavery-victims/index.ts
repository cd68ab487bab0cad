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
  title: "복지로 일본군'위안부' 피해자 생활안정지원사업 (WLF00001106), 2026 중앙부처 복지서비스 목록",
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001106&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「일본군 ‘위안부’ 피해자 생활안정 및 기념사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'comfortWomenSupport.monthlyAllowance',
    label: t('생활안정지원자금 (정액)', 'livelihood allowance (flat)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1792000 }, sources: [booklet] }],
  },
  {
    id: 'comfortWomenSupport.careCost',
    label: t('간병비 (월 내외)', 'care costs (approximately, monthly)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 3280000 },
        sources: [booklet],
        note: '월 328만원 내외, 이용시간에 따라 사후 지급',
      },
    ],
  },
  {
    id: 'comfortWomenSupport.specialLumpSum',
    label: t('특별지원금 (등록 시 일시금)', 'special lump sum on registration'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 43000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001106',
  version: '2026.1',
  name: t(
    "일본군'위안부' 피해자 생활안정지원사업",
    'Livelihood support for victims of Japanese military sexual slavery',
  ),
  ministry: '성평등가족부',
  bureau: '권익정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '생활안정지원대상자로 등록된 일본군 ‘위안부’ 생존 피해자에게 생활안정지원자금(월 179만 2천원), 간병비(월 328만원 내외), 등록 시 특별지원금(4,300만원)과 건강치료·맞춤형 지원, 법률상담을 지원합니다.',
    'Surviving victims of Japanese military sexual slavery registered for livelihood support receive a monthly livelihood allowance (1,792,000), care costs (about 3,280,000 a month), a special lump sum on registration (43,000,000), health care, tailored support and legal counselling.',
  ),
  criteria: all(
    undefined,
    cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
    judgement(
      t(
        '생활안정지원대상자로 등록된 일본군 ‘위안부’ 생존 피해자',
        'surviving victim registered for livelihood support',
      ),
      t(
        '피해자 결정과 생활안정지원대상자 등록 (성평등가족부·시군구)',
        'victim determination and registration (Ministry / local government)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '생활안정지원자금 월 179만 2천원(정액), 간병비 월 328만원 내외(이용시간에 따라 사후 지급), 특별지원금 4,300만원(결정·등록 시 일시금), 건강치료·맞춤형 지원, 법률상담',
      'livelihood allowance 1,792,000 a month (flat), care costs about 3,280,000 a month (paid afterwards by hours used), special lump sum 43,000,000 on registration, health care and tailored support, legal counselling',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
