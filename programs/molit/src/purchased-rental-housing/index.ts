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
  title: '복지로 기존주택등 매입임대주택 지원사업 (WLF00000062), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000062&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「기존주택 일반 저소득층·신혼부부·청년 등 매입임대주택 지원」',
  status: 'official',
};

/** Livelihood or medical benefit received in the household. */
const livelihoodOrMedical = () =>
  any(
    t('생계급여 또는 의료급여 수급 가구', 'household receiving the livelihood or medical benefit'),
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
  );

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

const parameters: ParameterDefinition[] = [
  {
    id: 'purchasedRentalHousing.youthMinAge',
    label: { ko: '청년 매입임대 연령 하한 (이상)', en: 'youth type minimum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [booklet] }],
  },
  {
    id: 'purchasedRentalHousing.youthMaxAge',
    label: { ko: '청년 매입임대 연령 상한 (이하)', en: 'youth type maximum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 39 }, sources: [booklet] }],
  },
  {
    id: 'purchasedRentalHousing.seniorMinAge',
    label: { ko: '고령자 매입임대 연령 (이상)', en: 'senior type minimum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
  {
    id: 'purchasedRentalHousing.multiChildMin',
    label: {
      ko: '다자녀 매입임대 미성년 자녀 수 (이상)',
      en: 'minor children for the multi-child type (minimum)',
    },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'purchasedRentalHousing.lowIncomeShare',
    label: {
      ko: '일반 저소득층·고령자 소득 기준 (도시근로자가구 월평균소득 대비)',
      en: 'income limit for the low-income and senior types (share of urban worker household income)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.5 },
        sources: [booklet],
        note: '3인 기준 3,599,325원 (2024)',
      },
    ],
  },
  {
    id: 'purchasedRentalHousing.familyIncomeShare',
    label: {
      ko: '신혼·신생아Ⅰ·다자녀 소득 기준 (도시근로자가구 월평균소득 대비)',
      en: 'income limit for the newlywed/newborn I and multi-child types (share)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.7 },
        sources: [booklet],
        note: '맞벌이 90%; 3인 기준 70% 5,039,054원 (2024)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000062',
  version: '2026.1',
  name: t('기존주택등 매입임대주택 지원사업', 'Purchased Rental Housing (Existing Homes)'),
  ministry: '국토교통부',
  bureau: '주거복지지원과',
  legalBasis: [t('공공주택 특별법', 'Special Act on Public Housing')],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['multiChild', 'disability', 'lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '도심 내 기초생활수급자 등 저소득층이 현 생활권에서 거주할 수 있도록 공공주택사업자가 기존주택 등을 매입하여 개·보수 또는 리모델링하여 저렴하게 공급하여 주거안정을 도모합니다.',
    'Public housing providers buy existing homes in cities, repair or remodel them and let them cheaply, so that NBLSS recipients and other low-income households can stay where they live.',
  ),
  criteria: all(
    undefined,
    noHomeOwner(),
    any(
      t('공급유형별 대상', 'target group of a supply type'),
      livelihoodOrMedical(),
      singleParentMember(),
      all(
        t('고령자 (만 65세 이상)', 'senior (65 or over)'),
        someMember(
          t('만 65세 이상', 'aged 65 or over'),
          cmp(
            t('만 65세 이상', 'aged 65 or over'),
            v('person.age'),
            '>=',
            param('purchasedRentalHousing.seniorMinAge'),
          ),
        ),
        judgement(
          t(
            '도시근로자가구 월평균소득 50% 이하, 영구임대 자산기준 충족',
            'at most 50% of urban worker household income and within the permanent-rental asset limits',
          ),
          t(
            '도시근로자가구 월평균소득 대비 가구 소득과 자산',
            'household income against the urban worker average, and assets',
          ),
        ),
      ),
      all(
        t('청년 (대학생·취업준비생, 만 19~39세)', 'young adult (student or job-seeker, 19 to 39)'),
        someMember(
          t('청년 (만 19~39세)', 'young adult (19 to 39)'),
          all(
            undefined,
            cmp(
              t('만 19세 이상', 'aged 19 or over'),
              v('person.age'),
              '>=',
              param('purchasedRentalHousing.youthMinAge'),
            ),
            cmp(
              t('만 39세 이하', 'aged 39 or under'),
              v('person.age'),
              '<=',
              param('purchasedRentalHousing.youthMaxAge'),
            ),
          ),
        ),
        judgement(
          t('자격 순위별 소득·자산 기준 (공고문)', 'income and asset limits by priority (notice)'),
          t('공고문의 청년 자격 순위와 소득·자산', 'the notice’s youth priorities, income and assets'),
        ),
      ),
      all(
        t('다자녀 (미성년 자녀 2명 이상)', 'multi-child (two or more minor children)'),
        {
          type: 'count',
          label: t('자녀 2명 이상', 'two or more children'),
          where: cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
          op: '>=',
          right: param('purchasedRentalHousing.multiChildMin'),
        },
        judgement(
          t(
            '미성년 자녀 양육, 도시근로자가구 월평균소득 70% 이하, 국민임대 자산기준 충족',
            'raising minor children, at most 70% of urban worker household income, within the national-rental asset limits',
          ),
          t('자녀 연령, 가구 소득과 자산', 'children’s ages, household income and assets'),
        ),
      ),
      all(
        t('신혼·신생아 가구', 'newlywed or newborn household'),
        someMember(
          t('배우자가 있음', 'a married couple'),
          cmp(t('배우자 동거', 'lives with a spouse'), v('person.hasSpouse'), '==', lit(true)),
        ),
        judgement(
          t(
            '신혼부부·예비신혼부부·유자녀·신생아 가구 요건, 도시근로자가구 월평균소득 70%(맞벌이 90%) 이하 등',
            'newlywed, engaged, with children or a newborn; at most 70% (dual earners 90%) of urban worker household income, …',
          ),
          t('혼인·출산 시기, 가구 소득과 자산', 'marriage and birth dates, household income and assets'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '일반 저소득층: 시세 50% 이하, 최장 20년 / 청년: 시세 50% 이하, 최장 10년(혼인 시 20년) / 신혼·신생아Ⅰ·다자녀·고령자: 시세 40% 이하 / 신혼·신생아Ⅱ: 시세 80% 이하',
      'Low-income: at most 50% of market rent for up to 20 years; youth: 50% for up to 10 years (20 if married); newlywed/newborn I, multi-child and senior: at most 40%; newlywed/newborn II: at most 80%',
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
  dependsOn: ['WLF00000102', 'WLF00001132'],
  parameters: parameters,
  cases,
});
