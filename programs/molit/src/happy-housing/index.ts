import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  noMember,
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

const catalogue: Source = {
  title: '복지로 행복주택 공급 (WLF00004649), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004649&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「행복주택 공급」', status: 'official' };

const singleParentMember = () =>
  someMember(
    t('한부모가족 (한부모·조손가족 증명)', 'single-parent or grandparent family (certificate)'),
    cmp(
      t('한부모가족 증명', 'single-parent family certificate'),
      fact('singleParentFamily'),
      '==',
      lit(true),
    ),
  );

const noHomeOwner = () =>
  noMember(
    t('무주택 세대 (세대원 중 주택 소유자 없음)', 'no member owns a home'),
    cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
  );

const atUniversity = () =>
  cmp(
    t('대학 재학', 'enrolled at a university'),
    fact('student', 'level'),
    '==',
    lit('university', t('대학', 'university')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'happyHousing.youthMinAge',
    label: { ko: '청년 연령 하한 (이상)', en: 'youth minimum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [booklet] }],
  },
  {
    id: 'happyHousing.youthMaxAge',
    label: { ko: '청년 연령 상한 (이하)', en: 'youth maximum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 39 }, sources: [booklet] }],
  },
  {
    id: 'happyHousing.seniorMinAge',
    label: { ko: '고령자 연령 (이상)', en: 'senior minimum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
  {
    id: 'happyHousing.childMaxAge',
    label: {
      ko: '신혼부부·한부모가족 자녀 연령 (이하)',
      en: 'age of the children of newlyweds and single parents (at most)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'happyHousing.youthIncomeShare',
    label: {
      ko: '대학생·청년·고령자 소득 기준 (도시근로자 월평균소득 대비, 1인 가구)',
      en: 'income limit for students, youth and seniors (share of urban worker income, one person)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.2 }, sources: [booklet] }],
  },
  {
    id: 'happyHousing.familyIncomeShare',
    label: {
      ko: '신혼부부·한부모·근로자 등 소득 기준 (도시근로자 월평균소득 대비)',
      en: 'income limit for newlyweds, single parents, workers and others (share)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 1.3 },
        sources: [booklet],
        note: '맞벌이부부 2인가구 기준',
      },
    ],
  },
  {
    id: 'happyHousing.studentAssetLimit',
    label: { ko: '대학생 본인 총자산 기준 (이하)', en: 'student’s own total assets (at most)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100000000 }, sources: [booklet] }],
  },
  {
    id: 'happyHousing.youthAssetLimit',
    label: { ko: '청년 세대 총자산 기준 (이하)', en: 'youth household total assets (at most)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 273000000 }, sources: [booklet] }],
  },
  {
    id: 'happyHousing.familyAssetLimit',
    label: {
      ko: '신혼부부·고령자 등 세대 총자산 기준 (이하)',
      en: 'household total assets for newlyweds, seniors and others (at most)',
    },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 345000000 }, sources: [booklet] }],
  },
  {
    id: 'happyHousing.carLimit',
    label: { ko: '자동차가액 기준 (이하)', en: 'car value (at most)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 37080000 }, sources: [booklet] }],
  },
  {
    id: 'happyHousing.housingBenefitShare',
    label: {
      ko: '주거급여 수급자 계층 소득 기준 (기준 중위소득 대비)',
      en: 'income limit for housing-benefit recipients (share of the median)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.48 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00004649',
  version: '2026.1',
  name: t('행복주택 공급', 'Happy Housing Supply'),
  ministry: '국토교통부',
  bureau: '주거복지지원과',
  legalBasis: [t('공공주택 특별법', 'Special Act on Public Housing')],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'once',
  summary: t(
    '청년, (예비)신혼부부, 한부모가족, 대학생 등 젊은층의 주거 안정을 위해 대중교통이 편리하거나 직주근접이 가능한 부지에 주변 시세보다 저렴하게 공공임대주택을 공급합니다.',
    'Supplies public rental housing below market rent on sites with good transport or near workplaces, for the housing stability of young people, (prospective) newlyweds, single-parent families, university students and others.',
  ),
  criteria: all(
    undefined,
    noHomeOwner(),
    any(
      t('공급 계층', 'eligible group'),
      cmp(
        t(
          '주거급여 수급자 (기준 중위소득 48% 이하)',
          'housing benefit recipient (at most 48% of the median)',
        ),
        receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
        '==',
        lit(true),
      ),
      all(
        t('대학생', 'university student'),
        someMember(t('대학 재학', 'a university student'), atUniversity()),
        judgement(
          t(
            '미혼, 본인·부모 합계 소득 도시근로자 월평균소득 120%(1인) 이하, 본인 총자산 1억원 이하·자동차 미소유',
            'unmarried; own and parents’ income at most 120% of urban worker income (one person); own assets at most 100,000,000 and no car',
          ),
          t('혼인 여부, 본인·부모 소득과 자산', 'marital status, own and parents’ income and assets'),
        ),
      ),
      all(
        t('청년 (만 19~39세)', 'young adult (19 to 39)'),
        someMember(
          t('청년 (만 19~39세)', 'young adult (19 to 39)'),
          all(
            undefined,
            cmp(
              t('만 19세 이상', 'aged 19 or over'),
              v('person.age'),
              '>=',
              param('happyHousing.youthMinAge'),
            ),
            cmp(
              t('만 39세 이하', 'aged 39 or under'),
              v('person.age'),
              '<=',
              param('happyHousing.youthMaxAge'),
            ),
          ),
        ),
        judgement(
          t(
            '미혼, 세대 소득 도시근로자 월평균소득 120%(1인) 이하, 총자산 2억 7,300만원·자동차 3,708만원 이하 (또는 소득업무 5년 이내 등)',
            'unmarried; household income at most 120% of urban worker income (one person); assets at most 273,000,000 and car 37,080,000 (or within 5 years of first earnings, …)',
          ),
          t('혼인 여부, 세대 소득·자산', 'marital status, household income and assets'),
        ),
      ),
      all(
        t(
          '(예비)신혼부부·한부모가족 (6세 이하 자녀)',
          '(prospective) newlyweds or single-parent families (child aged 6 or under)',
        ),
        any(
          undefined,
          someMember(
            t('배우자가 있음', 'a married couple'),
            cmp(t('배우자 동거', 'lives with a spouse'), v('person.hasSpouse'), '==', lit(true)),
          ),
          singleParentMember(),
        ),
        judgement(
          t(
            '혼인 7년 이내 또는 6세 이하 자녀, 세대소득 도시근로자 월평균소득 130% 이하, 총자산 3억 4,500만원·자동차 3,708만원 이하',
            'married within 7 years or a child aged 6 or under; household income at most 130% of urban worker income; assets at most 345,000,000 and car 37,080,000',
          ),
          t(
            '혼인 시기·자녀 연령, 세대 소득·자산',
            'marriage date, children’s ages, household income and assets',
          ),
        ),
      ),
      all(
        t('고령자 (만 65세 이상)', 'senior (65 or over)'),
        someMember(
          t('만 65세 이상', 'aged 65 or over'),
          cmp(
            t('만 65세 이상', 'aged 65 or over'),
            v('person.age'),
            '>=',
            param('happyHousing.seniorMinAge'),
          ),
        ),
        judgement(
          t(
            '세대 소득 도시근로자 월평균소득 120%(1인) 이하, 총자산 3억 4,500만원·자동차 3,708만원 이하',
            'household income at most 120% of urban worker income (one person); assets at most 345,000,000 and car 37,080,000',
          ),
          t('세대 소득과 자산', 'household income and assets'),
        ),
      ),
      all(
        t(
          '산단·중소기업 근로자, 창업인, 지역전략산업 종사자',
          'industrial-park or SME workers, start-up founders, regional strategic-industry workers',
        ),
        someMember(
          t('재직·창업 중', 'in work or running a business'),
          cmp(
            t('취업 상태', 'employment status'),
            fact('employment', 'status'),
            'in',
            lit(['employee', 'selfEmployed'], t('임금근로자·자영업자', 'employee or self-employed')),
          ),
        ),
        judgement(
          t(
            '산업단지·중소기업 재직 또는 지자체장 인정 창업인·지역전략산업 종사자, 세대소득 130% 이하, 총자산 3억 4,500만원 이하',
            'works at an industrial park or SME, or a founder or strategic-industry worker recognised by the local government; household income at most 130%; assets at most 345,000,000',
          ),
          t('재직 기업·인정 여부, 세대 소득과 자산', 'employer or recognition, household income and assets'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '전용면적 60㎡ 이하 주택을 입주계층에 따라 인근 시세의 60~80% 임대료로 최대 6~20년 거주',
      'Flats of up to 60 m² at 60–80% of nearby market rent by group, for 6 to 20 years',
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
  dependsOn: ['WLF00003201'],
  parameters: parameters,
  cases,
});
