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

const record: Source = {
  title: '복지로 정신건강 심리상담 바우처사업 (WLF00005567) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005567&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const scalar = (value: number) => ({ type: 'scalar' as const, value });
const p2026 = (
  id: string,
  ko: string,
  en: string,
  unit: ParameterDefinition['unit'],
  value: ParameterDefinition['versions'][number]['value'],
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(ko, en),
  unit,
  versions: [{ from: '2026-01-01', value, sources: [record], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  p2026('mentalHealthCounselling.sessions', '상담 횟수', 'counselling sessions', 'count', scalar(8)),
  p2026(
    'mentalHealthCounselling.sessionMinutes',
    '1회 최소 상담 시간 (분)',
    'minimum minutes per session',
    'count',
    scalar(50),
  ),
  p2026(
    'mentalHealthCounselling.sessionPrice',
    '1회 서비스 단가 (상담사 유형별)',
    'price per session (by counsellor grade)',
    'krw',
    { type: 'byKey', values: { grade1: 80000, grade2: 70000 } },
  ),
  p2026(
    'mentalHealthCounselling.voucherDays',
    '바우처 이용 기간 (생성일부터, 일; 연장 불가)',
    'voucher validity from issue (days; no extension)',
    'count',
    scalar(120),
  ),
  p2026(
    'mentalHealthCounselling.copayRate',
    '본인부담률 (기준 중위소득 구간별)',
    'copayment rate (by share of the median)',
    'ratio',
    { type: 'byKey', values: { upTo70: 0, upTo120: 0.1, upTo180: 0.3, over180: 0.5 } },
    '구간: 중위 70% 이하 / 70% 초과~120% 이하 / 120% 초과~180% 이하 / 180% 초과. 신청일 기준 전월 건강보험료 부과액으로 산정 (보험료 기준표는 기록에 없음). 재난피해자 0%',
  ),
  p2026(
    'mentalHealthCounselling.copayBracketShare',
    '본인부담 구간 경계 (기준 중위소득 대비)',
    'copayment bracket limits (share of the median)',
    'ratio',
    { type: 'byKey', values: { upTo70: 0.7, upTo120: 1.2, upTo180: 1.8 } },
  ),
  p2026(
    'mentalHealthCounselling.phq9Threshold',
    '국가건강검진 우울증 선별검사(PHQ-9) 기준 점수 (이상)',
    'PHQ-9 score in the national check-up (at least)',
    'count',
    scalar(10),
  ),
  p2026(
    'mentalHealthCounselling.referralMonths',
    '의뢰서·진단서·소견서 유효 기간 (신청일 기준 최근, 개월)',
    'referral or medical note validity before the application (months)',
    'months',
    scalar(3),
  ),
  p2026(
    'mentalHealthCounselling.checkupYears',
    '국가건강검진 결과 유효 기간 (신청일 기준, 년 이내)',
    'national check-up validity before the application (years)',
    'years',
    scalar(1),
  ),
  p2026(
    'mentalHealthCounselling.disasterYears',
    '재난피해 인정 기간 (신청일로부터 년 이내)',
    'years since the disaster (within)',
    'years',
    scalar(5),
  ),
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
    '우울·불안 등 정서적 어려움으로 심리상담이 필요한 국민(기관 의뢰, 정신과 진단서·소견서, 우울증 선별검사 10점 이상, 자립준비청년·보호연장아동, 시범사업 의뢰, 5년 이내 재난피해자·유가족)에게 전문 심리상담 8회 바우처를 제공합니다.',
    'Korean nationals who need counselling for depression, anxiety or other emotional difficulties (referred by a centre, a psychiatrist’s note, a PHQ-9 of 10+, care leavers and children in extended care, pilot referrals, disaster victims or bereaved families within 5 years) get a voucher for 8 professional counselling sessions.',
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
      t(
        '정서적 어려움으로 심리상담이 필요한 자로 아래 기준 중 하나',
        'needs counselling for emotional difficulties, on one of these grounds',
      ),
      cmp(
        t('보호종료된 자립준비청년', 'care leaver (자립준비청년)'),
        fact('fosterCare', 'leftCareOn'),
        '!=',
        lit('none', t('보호종료일 없음', 'no care-leaving date')),
      ),
      all(
        t('보호연장아동', 'child in extended care (보호연장아동)'),
        cmp(t('보호대상아동', 'child in care'), fact('fosterCare'), '==', lit(true)),
        judgement(
          t('보호가 연장된 아동', 'care has been extended'),
          t(
            '시설재원증명서 또는 가정위탁보호확인서 (보호연장 여부)',
            'certificate of residence in a facility or of foster care (extension of care)',
          ),
        ),
      ),
      judgement(
        t(
          '정신건강복지센터·대학교상담센터·청소년상담복지센터·Wee센터 등이 심리상담 필요를 인정',
          'a mental health, university, youth counselling or Wee centre finds counselling necessary',
        ),
        t('기관 발급 의뢰서 (신청일 기준 최근 3개월 이내)', 'the centre’s referral (issued within 3 months)'),
      ),
      judgement(
        t(
          '정신의료기관 등에서 우울·불안 등으로 심리상담 필요를 인정',
          'a psychiatric institution finds counselling necessary for depression or anxiety',
        ),
        t(
          '정신건강의학과 의사·한방신경정신과 한의사의 진단서 또는 소견서 (최근 3개월 이내)',
          'a psychiatrist’s or oriental neuropsychiatrist’s certificate or note (within 3 months)',
        ),
      ),
      judgement(
        t(
          '국가건강검진 우울증 선별검사(PHQ-9) 10점 이상',
          'PHQ-9 depression screening score of 10 or more in the national check-up',
        ),
        t(
          '신청일 기준 1년 이내 국가 일반건강검진 결과서',
          'the national general check-up result (within 1 year)',
        ),
      ),
      judgement(
        t('「동네의원 마음건강돌봄 연계 시범사업」 의뢰', 'referred by the local-clinic mental health pilot'),
        t('시범사업 연계의뢰서 (최근 3개월 이내)', 'the pilot’s referral form (within 3 months)'),
      ),
      judgement(
        t(
          '신청일로부터 5년 이내 재난피해를 입은 본인 또는 재난 사망·실종자의 유가족 (배우자·직계존비속·형제자매)',
          'a victim of a disaster within 5 years, or the bereaved family of a person killed or missing in it (spouse, lineal relatives, siblings)',
        ),
        t(
          '사회재난 피해사실확인서·피해자 인정결정서 (피해 일자 확인)',
          'social disaster damage confirmation or victim decision (date of the disaster)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '전문 심리상담 총 8회(1회 최소 50분) 이용 바우처, 생성일부터 120일 (연장 불가; 당해연도 1회만 신청). 1회 단가 1급 유형 8만원·2급 유형 7만원, 이용자는 정부지원금을 뺀 차액 부담: 기준 중위소득 70% 이하 0%, 70% 초과~120% 이하 10%, 120% 초과~180% 이하 30%, 180% 초과 50% (신청일 기준 전월 건강보험료 부과액으로 산정; 보험료 기준표는 기록에 없어 산정하지 않음). 재난피해자 0%; 수급자·차상위·자립준비청년·보호연장아동·법정한부모가족의 본인부담률은 기록 문구에 수치가 빠져 있음 (사업지침)',
      'A voucher for 8 professional counselling sessions (at least 50 minutes each), valid 120 days from issue (no extension; one application a year). 80,000 (grade 1) or 70,000 (grade 2) a session; the user pays the rest after the government share: 0% up to 70% of the median, 10% up to 120%, 30% up to 180%, 50% above (measured by last month’s health premium; the premium table is not in the record, so not computed). Disaster victims pay 0%; the record’s sentence on recipients, near-poor, care leavers, extended-care children and single-parent families lacks the rate (programme guidance)',
    ),
  },
  form: {
    schema: z.object({
      ground: z
        .enum(['centreReferral', 'medicalNote', 'checkup', 'careLeaver', 'pilotReferral', 'disaster'])
        .meta({ label: t('신청 근거', 'ground for the application') }),
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
        label: t('사회보장급여(사회서비스이용권) 신청(변경)서', 'social service voucher application'),
        required: true,
      },
      {
        id: 'groundProof',
        label: t(
          '의뢰서·진단서·소견서·검진결과서·보호종료확인서·재난피해 확인서 중 해당 서류',
          'the referral, medical note, check-up result, care-leaving certificate or disaster confirmation',
        ),
        required: true,
      },
      {
        id: 'guardianConsent',
        label: t('법정대리인 동의서 (미성년자)', 'legal guardian’s consent (minors)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [record],
  fidelity: 'statutory',
  parameters,
  cases,
});
