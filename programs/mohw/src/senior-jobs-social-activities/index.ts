import {
  all,
  any,
  type Criterion,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  not,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 노인일자리 및 사회활동 지원사업 (WLF00001155) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001155&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byKey = (values: Record<string, number>) => ({ type: 'byKey' as const, values });

const parameters: ParameterDefinition[] = [
  {
    id: 'seniorJobsSocialActivities.publicInterestAge',
    label: t(
      '노인공익활동·노인역량활용사업 참여 연령 (만 나이 이상)',
      'age for public-interest and capacity-utilisation jobs (at least)',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(65), sources: [bokjiro] }],
  },
  {
    id: 'seniorJobsSocialActivities.generalAge',
    label: t(
      '공동체사업단·취업지원사업(및 일부 유형) 참여 연령 (만 나이 이상)',
      'age for community business, job placement (and some other types) (at least)',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(60), sources: [bokjiro] }],
  },
  {
    id: 'seniorJobsSocialActivities.monthlyPay',
    label: t('월 활동비·급여 (유형별)', 'monthly activity allowance or pay (by type)'),
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: byKey({ publicInterest: 290000, capacity: 634000 }),
        sources: [bokjiro],
        note: '노인공익활동 월 30시간 이상 29만원; 노인역량활용 월 60시간 63.4만원 (주휴수당 별도)',
      },
    ],
  },
  {
    id: 'seniorJobsSocialActivities.monthlyHours',
    label: t('월 활동시간 (유형별)', 'monthly hours (by type)'),
    unit: 'count',
    versions: [
      { from: '2026-01-01', value: byKey({ publicInterest: 30, capacity: 60 }), sources: [bokjiro] },
    ],
  },
];

const minAge = (id: 'publicInterestAge' | 'generalAge', ko: string, en: string): Criterion =>
  cmp(t(ko, en), v('person.age'), '>=', param(`seniorJobsSocialActivities.${id}`));

const notLivelihood = (): Criterion =>
  not(
    t('생계급여 수급자가 아님', 'not a livelihood-benefit recipient'),
    cmp(
      t('생계급여 수급 가구', 'household receives the livelihood benefit'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
  );

const notEmployee = (): Criterion =>
  cmp(
    t('국민건강보험 직장가입자가 아님', 'not an employee health-insurance member'),
    fact('healthInsurance', 'kind'),
    '!=',
    lit('employee', t('직장가입자', 'employee member')),
  );

/** 사회서비스형·시장형 사업단: being insured as that unit's own employee does not exclude. */
const notEmployeeElsewhere = (): Criterion =>
  any(
    t(
      '직장가입자가 아니거나 해당 사업단의 직장가입자',
      'not an employee member, or insured as an employee of the unit itself',
    ),
    notEmployee(),
    judgement(
      t('해당 사업단의 건강보험 직장가입자', 'insured as an employee of the job unit itself'),
      t(
        '건강보험 직장가입 사업장이 해당 사업단인지 (자격득실 확인)',
        'whether the insured employer is the job unit itself',
      ),
    ),
  );

const noCareGrade = (): Criterion =>
  all(
    t(
      '장기요양 1~5등급·인지지원등급 판정자가 아님',
      'no long-term-care grade 1–5 or cognitive-support grade',
    ),
    cmp(
      t('장기요양 1~5등급이 아님', 'no long-term-care grade 1–5'),
      fact('longTermCareGrade', 'grade'),
      'notIn',
      lit(['1', '2', '3', '4', '5'], t('1~5등급', 'grades 1–5')),
    ),
    any(
      t(
        '인지지원등급이 아니거나 활동 가능 진단서 첨부',
        'no cognitive-support grade, or a doctor certifies fitness',
      ),
      cmp(
        t('인지지원등급이 아님', 'no cognitive-support grade'),
        fact('longTermCareGrade', 'grade'),
        '!=',
        lit('cognitive', t('인지지원등급', 'cognitive-support grade')),
      ),
      judgement(
        t('전문의의 활동 가능 진단서', 'a specialist certifies fitness for the activity'),
        t(
          '전문의 활동 가능 진단서 (인지지원등급자)',
          'specialist’s certificate of fitness (cognitive-support grade)',
        ),
      ),
    ),
  );

export default defineProgram({
  id: 'WLF00001155',
  version: '2026.1',
  name: t('노인일자리 및 사회활동 지원사업', 'Senior jobs and social activities'),
  ministry: '보건복지부',
  bureau: '노인지원과',
  legalBasis: [
    t(
      '노인 일자리 및 사회활동 지원에 관한 법률',
      'Act on Support for Jobs and Social Activities of Older Persons',
    ),
  ],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '노인공익활동(65세 이상 기초연금 수급자 등, 월 30시간 29만원), 노인역량활용(65세 이상, 일부 60세 이상, 월 60시간 63.4만원), 공동체사업단·취업지원(60세 이상) 일자리를 유형별 선발기준에 따라 선발해 제공합니다. 생계급여 수급자·건강보험 직장가입자·장기요양 등급자는 취업알선형 외에는 참여할 수 없고 외국인은 제외됩니다.',
    'Public-interest activities (65+ Basic Pension recipients and others; 30 hours, 290,000 a month), capacity-utilisation jobs (65+, some types 60+; 60 hours, 634,000) and community-business and job-placement work (60+), with participants selected by each type’s criteria. Livelihood-benefit recipients, employee health-insurance members and long-term-care grade holders may only join job placement; foreigners are excluded.',
  ),
  criteria: all(
    undefined,
    any(
      t('참여 유형 중 하나 이상의 자격', 'qualifies for at least one activity type'),
      all(
        t('노인공익활동사업', 'public-interest activity'),
        any(
          t('참여 대상', 'who may take part'),
          all(
            t(
              '65세 이상 기초연금 또는 직역연금 수급자',
              '65+ Basic Pension or occupational-pension recipient',
            ),
            minAge('publicInterestAge', '만 65세 이상', 'aged 65 or over'),
            any(
              t(
                '기초연금 수급자 또는 일정소득 이하 직역연금 수급자',
                'Basic Pension recipient, or occupational-pension recipient under an income limit',
              ),
              cmp(
                t('기초연금 수급', 'Basic Pension recipient'),
                receives('WLF00001164', t('기초연금 수급', 'Basic Pension recipient'), 'person'),
                '==',
                lit(true),
              ),
              all(
                t(
                  '직역연금 수급자(배우자 포함)로 일정소득 기준 이하',
                  'occupational-pension recipient (or spouse) under an income limit',
                ),
                cmp(
                  t('본인 또는 배우자 직역연금 수급', 'applicant or spouse receives an occupational pension'),
                  v('person.coupleOccupationalPension'),
                  '==',
                  lit(true),
                ),
                judgement(
                  t(
                    '직역연금 수급자의 일정소득 기준 이하',
                    'occupational-pension recipient under the income limit',
                  ),
                  t(
                    '직역연금 수급자 소득 기준 (2026 운영안내, 복지로 상세에 금액 없음)',
                    'the income limit for occupational-pension recipients (2026 guide; no amount in the Bokjiro record)',
                  ),
                ),
              ),
            ),
          ),
          all(
            t('경로당 급식 지원: 60세 이상 적합자', 'senior-centre meal support: suitable people aged 60+'),
            minAge('generalAge', '만 60세 이상', 'aged 60 or over'),
            judgement(
              t(
                '65세 이상 기초연금수급자·60~64세 차상위 대기자 없음',
                'no waiting 65+ Basic Pension recipients or 60–64 near-poor',
              ),
              t('수행기관의 대기자 현황', 'the provider’s waiting list'),
            ),
          ),
        ),
        notLivelihood(),
        notEmployee(),
        noCareGrade(),
      ),
      all(
        t('노인역량활용사업(사회서비스형)', 'capacity-utilisation (social-service) jobs'),
        any(
          t('65세 이상 (일부 유형 60세 이상)', '65+ (some types 60+)'),
          minAge('publicInterestAge', '만 65세 이상', 'aged 65 or over'),
          all(
            t('60세 이상 참여 가능 유형', 'a type open from 60'),
            minAge('generalAge', '만 60세 이상', 'aged 60 or over'),
            judgement(
              t('60세 이상 참여 가능 유형에 해당', 'the job type is open from age 60'),
              t('지원하는 세부 유형 (2026 운영안내)', 'the job type applied for (2026 guide)'),
            ),
          ),
        ),
        notLivelihood(),
        notEmployeeElsewhere(),
        noCareGrade(),
      ),
      all(
        t('공동체사업단(시장형)', 'community business (market-type) jobs'),
        minAge('generalAge', '만 60세 이상', 'aged 60 or over'),
        notLivelihood(),
        notEmployeeElsewhere(),
        noCareGrade(),
      ),
      all(
        t(
          '취업지원사업 취업알선형 (생계급여·직장가입·장기요양 제외 미적용)',
          'job placement (livelihood, employee-insurance and care-grade exclusions do not apply)',
        ),
        minAge('generalAge', '만 60세 이상', 'aged 60 or over'),
      ),
    ),
    cmp(
      t('외국인이 아님 (국내 거주 외국인 제외)', 'not a foreign national (foreign residents excluded)'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korean')),
    ),
    judgement(
      t(
        '유형별 선발 및 그 밖의 신청 제외 사유 없음',
        'selected under the type’s criteria, with no other exclusion',
      ),
      t(
        '수행기관 선발 (공익활동: 소득인정액·참여경력·세대구성·활동역량 종합 판단; 역량활용·공동체: 역량·경력 등; 취업지원: 기업 기준), 일자리사업 2개 이상 참여·부정수급 참여제한·직접일자리 실업급여 수급 후 대기기간 등 합동지침상 제외 여부',
        'selection by the provider (public-interest: income-recognized amount, past participation, household, capacity; capacity and community jobs: skills and experience; placement: the employer’s criteria) and the joint-guideline exclusions (2+ government job programmes, sanctions for past fraud, waiting period after unemployment benefit)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '노인공익활동: 월 30시간 이상 참여 시 월 290,000원. 노인역량활용: 월 60시간, 월 634,000원 (주휴수당 별도). 공동체사업단: 사업비·인건비 일부 보충지원과 사업소득. 취업지원: 수요처 연계 후 근무기간 임금. 유형별 금액이라 신청 유형 없이는 금액을 정하지 않음',
      'Public-interest activity: 290,000 a month for 30+ hours. Capacity utilisation: 60 hours, 634,000 a month (plus weekly holiday pay). Community business: partial subsidy of costs or wages plus business income. Job placement: wages from the employer. The amount depends on the type, so none is computed',
    ),
  },
  form: {
    schema: z.object({
      activityType: z
        .enum(['publicInterest', 'capacity', 'communityBusiness', 'jobPlacement'])
        .meta({ label: t('희망 참여 유형', 'activity type wanted') }),
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
        id: 'fitnessCertificate',
        label: t(
          '전문의 활동 가능 진단서 (인지지원등급자)',
          'specialist’s fitness certificate (cognitive-support grade)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132', 'WLF00001164'],
  parameters,
  cases,
});
