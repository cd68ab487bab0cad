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
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 위탁병원진료 (WLF00000968), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000968&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「위탁병원 진료(시군별 지정 의료기관)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransCommissionedHospitalCare.minBereavedAge',
    label: t('감면진료 유족 연령 (만 나이 이상)', 'minimum age of bereaved members for reduced fees'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 75 }, sources: [booklet] }],
  },
  {
    id: 'veteransCommissionedHospitalCare.reductionMin',
    label: t('감면진료 감면율 (최저)', 'fee reduction (lowest)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.6 }, sources: [booklet] }],
  },
  {
    id: 'veteransCommissionedHospitalCare.reductionMax',
    label: t('감면진료 감면율 (최고)', 'fee reduction (highest)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.9 }, sources: [booklet] }],
  },
  {
    id: 'veteransCommissionedHospitalCare.pharmacyCapWarVeteran',
    label: t(
      '약국 약제비 연간 한도 (참전유공자·재일학도의용군인)',
      'yearly pharmacy cap (war veterans, Korean-Japanese student volunteers)',
    ),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 252000 }, sources: [booklet] }],
  },
  {
    id: 'veteransCommissionedHospitalCare.pharmacyCapMilitaryMerit',
    label: t('약국 약제비 연간 한도 (무공수훈자)', 'yearly pharmacy cap (military merit holders)'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 160000 }, sources: [booklet] }],
  },
  {
    id: 'veteransCommissionedHospitalCare.copayOtherConditions',
    label: t(
      '상이처 이외 질환 본인부담률 (2012.7.1. 이후 등록 7급 등)',
      'copay for conditions other than the wound (grade 7 registered after 1 July 2012 etc.)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.1 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000968',
  version: '2026.1',
  name: t('위탁병원진료', 'Care at commissioned hospitals for veterans'),
  ministry: '국가보훈부',
  bureau: '보훈의료재활과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '국가유공자와 그 유족 등이 건강한 생활을 유지하고 필요한 진료를 받을 수 있도록 지원합니다.',
    'Supports persons of national merit, their bereaved families and others so that they can keep healthy and receive the care they need at commissioned hospitals.',
  ),
  criteria: any(
    t('국비진료 또는 감면진료 대상', 'covered for free care or reduced-fee care'),
    all(
      t('국비진료: 독립유공자', 'free care: independence patriot'),
      cmp(
        t('보훈대상자 구분: 독립유공자', 'veteran category: independence patriot'),
        fact('veteran', 'category'),
        'in',
        lit(['독립유공자']),
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
    ),
    all(
      t('국비진료: 신체 희생이 있는 국가유공자', 'free care: person of national merit with a bodily injury'),
      cmp(
        t(
          '보훈대상자 구분: 국가유공자, 보훈보상대상자, 5·18민주유공자, 특수임무유공자, 고엽제후유증',
          'veteran category: person of national merit, veterans-compensation beneficiary, May 18 democracy merit, special-mission merit, Agent Orange sequelae patient',
        ),
        fact('veteran', 'category'),
        'in',
        lit(['국가유공자', '보훈보상대상자', '5·18민주유공자', '특수임무유공자', '고엽제후유증']),
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
      judgement(
        t('신체 희생(상이)이 인정된 유공자', 'person of merit with a recognised bodily injury'),
        t('상이 판정 (국가보훈부)', 'injury recognition (veterans ministry)'),
      ),
    ),
    all(
      t(
        '감면진료: 건강보험에 가입한 무공수훈자·참전유공자',
        'reduced fees: insured military merit holder or war veteran',
      ),
      cmp(
        t(
          '보훈대상자 구분: 무공수훈자, 참전유공자',
          'veteran category: military merit decoration holder, war veteran (participant)',
        ),
        fact('veteran', 'category'),
        'in',
        lit(['무공수훈자', '참전유공자']),
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
      cmp(
        t('건강보험 가입자', 'national health insurance subscriber'),
        fact('healthInsurance', 'kind'),
        'in',
        lit(['employee', 'regional']),
      ),
    ),
    all(
      t(
        '감면진료: 보상금을 받는 75세 이상 선순위자 등',
        'reduced fees: first-ranked compensation recipient aged 75+ and others',
      ),
      cmp(
        t('유족·가족으로 등록', 'registered as a bereaved or family member'),
        fact('veteran', 'isFamily'),
        '==',
        lit(true),
      ),
      cmp(
        t('만 75세 이상', 'aged 75 or over'),
        v('person.age'),
        '>=',
        param('veteransCommissionedHospitalCare.minBereavedAge'),
      ),
      judgement(
        t(
          '보상금을 받는 선순위자 1인, 6·25자녀수당을 받는 선순위자녀 또는 보상금을 받는 재해사망(부상) 군경의 배우자 (건강보험 가입자)',
          'the one first-ranked compensation recipient, the first-ranked child receiving the Korean War children’s allowance, or the spouse of a soldier or police officer who died or was injured in service (health-insured)',
        ),
        t(
          '보상금·수당 수급 순위와 건강보험 가입 (국가보훈부)',
          'rank for compensation or allowances, and health insurance (veterans ministry)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '국비진료: 건강보험 적용 진료비 전액 지원 (2012.7.1. 이후 등록 7급 상이유공자 등은 상이처 이외 질환 10% 본인부담). 감면진료: 건강보험 적용 진료비 60~90% 감면, 약국 약제비 연간 한도 참전유공자 252,000원·무공수훈자 160,000원 (유족은 약제비 미지원)',
      'Free care: all insured costs (10% copay for other conditions for grade 7 wounded registered after 1 July 2012 and similar). Reduced fees: 60–90% off insured costs; pharmacy costs up to 252,000 a year for war veterans and 160,000 for military merit holders (not for bereaved members)',
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
      {
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
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
