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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 평생교육이용권 지원 (WLF00003240) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003240&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const scalar = (value: number) => ({ type: 'scalar' as const, value });

/** Any NBLSS benefit (생계·의료·주거·교육급여) received in the household. */
const nblssAny = () =>
  any(
    t(
      '기초생활수급 가구 (생계·의료·주거·교육급여)',
      'NBLSS recipient household (livelihood, medical, housing or education benefit)',
    ),
    cmp(
      t('생계급여 수급', 'livelihood benefit recipient'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('주거급여 수급', 'housing benefit recipient'),
      receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('교육급여 수급', 'education benefit recipient'),
      receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
      '==',
      lit(true),
    ),
  );

const nearPoorMember = () =>
  someMember(
    t('가구원 중 차상위계층 확인', 'a member is certified near-poor (차상위)'),
    cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'lifelongLearningVoucher.disabledMinAge',
    label: { ko: '등록장애인 연령 (만 나이, 이상)', en: 'registered disability: minimum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(19), sources: [bokjiro] }],
  },
  {
    id: 'lifelongLearningVoucher.digitalMinAge',
    label: {
      ko: '디지털 교육 수요자 연령 (만 나이, 이상)',
      en: 'digital-learning applicants: minimum age (inclusive)',
    },
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(30), sources: [bokjiro] }],
  },
  {
    id: 'lifelongLearningVoucher.seniorMinAge',
    label: { ko: '노인 연령 (만 나이, 이상)', en: 'seniors: minimum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(65), sources: [bokjiro] }],
  },
  {
    id: 'lifelongLearningVoucher.annualAmount',
    label: {
      ko: '평생교육 바우처 (1인당 연간, 이내)',
      en: 'lifelong-learning voucher (per person per year, up to)',
    },
    unit: 'krw/year',
    versions: [{ from: '2026-01-01', value: scalar(350000), sources: [bokjiro] }],
  },
  {
    id: 'lifelongLearningVoucher.quota',
    label: {
      ko: '지원 인원 (저소득층·특성화·디지털·노인 등 / 등록장애인)',
      en: 'people supported (low-income, regional, digital, seniors / registered disabled)',
    },
    unit: 'count',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { general: 103000, disabled: 12000 } },
        sources: [bokjiro],
        note: '신청규모가 예산 범위를 초과하면 장애인은 소득수준을 고려해 선정',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003240',
  version: '2026.1',
  name: t('평생교육이용권 지원', 'Lifelong Learning Voucher'),
  ministry: '교육부',
  bureau: '평생학습정책과',
  legalBasis: [
    t('장애인복지법', 'Act on Welfare of Persons with Disabilities'),
    t('평생교육법', 'Lifelong Education Act'),
    t('평생교육법 시행령', 'Enforcement Decree of the Lifelong Education Act'),
  ],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome', 'singleParent', 'disability'],
  provision: 'voucher',
  cycle: 'annual',
  summary: t(
    '기초생활수급자(생계·의료·주거·교육급여), 한부모가족보호대상자, 차상위계층, 만 19세 이상 등록장애인, 광역지자체별 특성화대상자(30세 이상 디지털 교육 수요자, 65세 이상 노인)에게 1인당 연간 35만원 이내의 평생교육 바우처를 제공합니다 (2026년 103,000명, 장애인 12,000명).',
    'NBLSS recipients (livelihood, medical, housing, education), protected single-parent families, the near-poor, registered disabled people aged 19+, and each province’s designated groups (digital learners aged 30+, seniors 65+) get a lifelong-learning voucher of up to 350,000 a year (2026: 103,000 people, 12,000 disabled people).',
  ),
  criteria: any(
    t('평생교육바우처 신청자격', 'who may apply'),
    nblssAny(),
    someMember(
      t('한부모가족보호대상자', 'protected single-parent family'),
      cmp(
        t('한부모가족 증명', 'single-parent family certificate'),
        fact('singleParentFamily'),
        '==',
        lit(true),
      ),
    ),
    nearPoorMember(),
    all(
      t('만 19세 이상 등록장애인', 'registered disabled person aged 19 or over'),
      cmp(
        t('만 19세 이상', 'aged 19 or over'),
        v('person.age'),
        '>=',
        param('lifelongLearningVoucher.disabledMinAge'),
      ),
      cmp(t('등록장애인 (장애인복지법 제2조)', 'registered disability'), fact('disability'), '==', lit(true)),
    ),
    all(
      t(
        '광역지자체별 특성화대상자 (30세 이상 디지털 교육 수요자, 65세 이상 노인)',
        'a province’s designated group (digital learners aged 30+, seniors 65+)',
      ),
      any(
        t('노인 또는 디지털 교육 수요자', 'senior or digital learner'),
        cmp(
          t('만 65세 이상 노인', 'aged 65 or over'),
          v('person.age'),
          '>=',
          param('lifelongLearningVoucher.seniorMinAge'),
        ),
        all(
          t('30세 이상 디지털 교육 수요자', 'digital learner aged 30 or over'),
          cmp(
            t('만 30세 이상', 'aged 30 or over'),
            v('person.age'),
            '>=',
            param('lifelongLearningVoucher.digitalMinAge'),
          ),
          judgement(
            t('디지털 교육 수요자', 'wants digital learning'),
            t('디지털 교육 수요 (신청 내용)', 'the digital-learning need stated in the application'),
          ),
        ),
      ),
      judgement(
        t(
          '거주 광역지자체의 특성화대상 선정',
          'selected under the designated groups of the province of residence',
        ),
        t(
          '거주 광역지자체가 운영하는 특성화 대상(노인·디지털)과 선정 결과',
          'which designated groups (seniors, digital) the province runs and its selection',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '1인당 연간 35만원 이내 평생교육 바우처: 평생교육강좌 수강료와 교재비 (학점은행제 등 학점취득교육, 지자체 평생학습관·대학 부설 평생교육원, 바우처 사용기관 등록 시설; www.lllcard.kr). 2026년 103,000명·등록장애인 12,000명, 예산 초과 시 장애인은 소득수준 고려 선정',
      'A lifelong-learning voucher of up to 350,000 a year for course fees and textbooks (credit-bank courses, local learning centres, university extension schools, registered providers; www.lllcard.kr). 2026: 103,000 people and 12,000 registered disabled people; if oversubscribed, disabled applicants are chosen by income',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('lifelongLearningVoucher.annualAmount');
      return {
        amountKrw,
        lines: [
          {
            label: t('평생교육 바우처 (연간 한도)', 'lifelong-learning voucher (yearly cap)'),
            value: amountKrw,
          },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      category: z
        .enum(['nblss', 'singleParent', 'nearPoor', 'disabled', 'senior', 'digital'])
        .meta({ label: t('신청 자격', 'qualifying category') }),
      province: z
        .string()
        .min(2)
        .max(20)
        .meta({ label: t('신청 광역지자체', 'province applied to') }),
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
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
