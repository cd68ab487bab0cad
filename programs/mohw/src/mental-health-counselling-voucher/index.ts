import {
  all,
  any,
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
  title: '복지로 정신건강 심리상담 바우처사업 (WLF00005567), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005567&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const bokjiro2026: Source = {
  title: '복지로 정신건강 심리상담 바우처사업 (WLF00005567), 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005567&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'mentalHealthCounselling.sessions',
    label: t('상담 횟수', 'counselling sessions'),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 8 }, sources: [bokjiro2026] }],
  },
  {
    id: 'mentalHealthCounselling.sessionPrice',
    label: t('1회 서비스 단가 (상담사 유형별)', 'price per session (by counsellor grade)'),
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { grade1: 80000, grade2: 70000 } },
        sources: [bokjiro2026],
      },
    ],
  },
  {
    id: 'mentalHealthCounselling.voucherDays',
    label: t('바우처 이용 기간 (일)', 'voucher validity (days)'),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 120 }, sources: [bokjiro2026] }],
  },
  {
    id: 'mentalHealthCounselling.phq9Threshold',
    label: t(
      '국가건강검진 우울증 선별검사(PHQ-9) 기준 점수 (이상)',
      'PHQ-9 score in the national check-up (at least)',
    ),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 10 }, sources: [bokjiro2026] }],
  },
  {
    id: 'mentalHealthCounselling.disasterYears',
    label: t('재난피해 인정 기간 (신청일로부터 년 이내)', 'years since the disaster (within)'),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 5 }, sources: [bokjiro2026] }],
  },
];

export default defineProgram({
  id: 'WLF00005567',
  version: '2026.1',
  name: t('정신건강 심리상담 바우처사업', 'Mental health counselling voucher'),
  ministry: '보건복지부',
  bureau: '자살예방정책과',
  legalBasis: [t('정신건강증진 및 정신질환자 복지서비스 지원에 관한 법률', 'Mental Health Welfare Act')],
  target: 'person',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'voucher',
  cycle: 'annual',
  summary: t(
    '우울·불안 등 정서적 어려움으로 인해 심리상담이 필요한 국민에게 전문적인 심리상담 서비스를 제공합니다.',
    'Gives people who need counselling because of depression, anxiety or other emotional difficulties a professional counselling service.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('대한민국 국민', 'Korean national'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    any(
      t('심리상담 필요성 인정 기준 중 하나', 'one of the grounds showing a need for counselling'),
      cmp(
        t('자립준비청년·보호연장아동', 'care leaver or child in extended care'),
        fact('fosterCare'),
        '==',
        lit(true),
      ),
      cmp(
        t('재난피해자 또는 그 유가족 (5년 이내)', 'disaster victim or bereaved family (within 5 years)'),
        fact('disasterVictim'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '정신건강복지센터·대학 상담센터·Wee센터 등 의뢰, 정신과 진단서·소견서, 또는 우울증 선별검사 10점 이상',
          'referral by a mental health or counselling centre, a psychiatrist’s note, or a PHQ-9 score of 10+',
        ),
        t(
          '의뢰서·진단서(3개월 이내) 또는 국가건강검진 결과서(1년 이내)',
          'referral or medical certificate (within 3 months) or check-up result (within 1 year)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '전문 심리상담 8회(회당 50분 이상) 바우처, 생성일부터 120일. 회당 단가 1급 8만 원·2급 7만 원, 본인부담률 0~50% (기준 중위소득 구간별; 수급자·차상위·자립준비청년·한부모·재난피해자 0%)',
      'A voucher for 8 professional counselling sessions (50+ minutes each), valid 120 days; 80,000 (grade 1) or 70,000 (grade 2) per session with a 0–50% copayment by income (0% for recipients, near-poor, care leavers, single parents and disaster victims)',
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
  sources: [catalogue, bokjiro2026],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
