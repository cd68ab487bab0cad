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
  title: '복지로 기존주택 전세임대주택 지원사업 (WLF00003269), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003269&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「기존주택 일반 저소득층·신혼부부·청년 등 전세임대 지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 기존주택 전세임대주택 지원사업 상세 (2022 수집본): 지원대상·순위',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003269&wlfareInfoReldBztpCd=01',
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
    id: 'jeonseRentalHousing.youthMinAge',
    label: { ko: '청년 전세임대 연령 하한 (이상)', en: 'youth type minimum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 19 }, sources: [booklet] }],
  },
  {
    id: 'jeonseRentalHousing.youthMaxAge',
    label: { ko: '청년 전세임대 연령 상한 (이하)', en: 'youth type maximum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 39 }, sources: [booklet] }],
  },
  {
    id: 'jeonseRentalHousing.multiChildMin',
    label: { ko: '다자녀 전세임대 자녀 수 (이상)', en: 'children for the multi-child type (minimum)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2 }, sources: [booklet] }],
  },
  {
    id: 'jeonseRentalHousing.limitCapital',
    label: { ko: '일반 저소득층 지원한도 (수도권)', en: 'support limit, low-income type (capital region)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 130000000 }, sources: [booklet] }],
  },
  {
    id: 'jeonseRentalHousing.limitMetro',
    label: {
      ko: '일반 저소득층 지원한도 (광역시)',
      en: 'support limit, low-income type (metropolitan cities)',
    },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 90000000 }, sources: [booklet] }],
  },
  {
    id: 'jeonseRentalHousing.limitOther',
    label: { ko: '일반 저소득층 지원한도 (그 외 지역)', en: 'support limit, low-income type (elsewhere)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 70000000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003269',
  version: '2026.1',
  name: t('기존주택 전세임대주택 지원사업', 'Jeonse Rental Housing (Existing Homes)'),
  ministry: '국토교통부',
  bureau: '주거복지지원과',
  legalBasis: [t('공공주택 특별법', 'Special Act on Public Housing')],
  target: 'household',
  lifeCycle: [],
  situations: ['multiChild', 'disability', 'lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '도심 내 저소득층이 현 생활권에서 안정적으로 거주할 수 있도록 임대료가 저렴한 임대주택을 지원하여 주거안정을 도모합니다.',
    'Provides low-rent leased homes so that low-income households in cities can live stably where they already live.',
  ),
  criteria: all(
    undefined,
    noHomeOwner(),
    any(
      t('공급유형별 대상', 'target group of a supply type'),
      livelihoodOrMedical(),
      singleParentMember(),
      someMember(
        t('소년소녀가정·위탁가정·자립준비청년 등', 'child-headed household, foster family or care leaver'),
        any(
          undefined,
          cmp(t('소년소녀가정', 'child-headed household'), fact('childHeadedHousehold'), '==', lit(true)),
          cmp(
            t('보호대상아동·자립준비청년', 'child in care or care leaver'),
            fact('fosterCare'),
            '==',
            lit(true),
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
              param('jeonseRentalHousing.youthMinAge'),
            ),
            cmp(
              t('만 39세 이하', 'aged 39 or under'),
              v('person.age'),
              '<=',
              param('jeonseRentalHousing.youthMaxAge'),
            ),
          ),
        ),
        judgement(
          t('청년 자격 순위별 소득·자산 기준 (공고문)', 'youth income and asset limits by priority (notice)'),
          t('공고문의 청년 자격 순위와 소득·자산', 'the notice’s youth priorities, income and assets'),
        ),
      ),
      all(
        t('다자녀 (자녀 2명 이상)', 'multi-child (two or more children)'),
        {
          type: 'count',
          label: t('자녀 2명 이상', 'two or more children'),
          where: cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
          op: '>=',
          right: param('jeonseRentalHousing.multiChildMin'),
        },
        judgement(
          t(
            '순위별 소득·자산 기준 (3순위 도시근로자가구 월평균소득 70% 이하, 국민임대 자산기준)',
            'income and asset limits by priority (3rd: at most 70% of urban worker household income, national-rental asset limits)',
          ),
          t('가구 소득과 자산', 'household income and assets'),
        ),
      ),
      all(
        t(
          '신혼부부·예비부부·6세 이하 자녀 가구',
          'newlyweds, engaged couples or families with a child aged 6 or under',
        ),
        someMember(
          t('배우자가 있음', 'a married couple'),
          cmp(t('배우자 동거', 'lives with a spouse'), v('person.hasSpouse'), '==', lit(true)),
        ),
        judgement(
          t(
            '결혼 7년 이내 등 신혼부부 요건, 도시근로자가구 월평균소득 70%(맞벌이 90%)·100%(맞벌이 120%) 이하',
            'married within 7 years, …; at most 70% (dual 90%) or 100% (dual 120%) of urban worker household income',
          ),
          t('혼인 시기, 가구 소득과 자산', 'marriage date, household income and assets'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      'LH·지방도시공사가 집주인과 전세계약 후 저렴하게 재임대. 일반 저소득층 지원한도 수도권 130,000,000원, 광역시 90,000,000원, 그 외 70,000,000원 (청년·신혼부부·다자녀는 유형별 한도)',
      'LH or a local housing corporation leases the chosen home and sublets it cheaply. Limits for the low-income type: 130,000,000 (capital region), 90,000,000 (metropolitan cities), 70,000,000 elsewhere (other limits for youth, newlyweds and multi-child families)',
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
  sources: [catalogue, booklet, detail2022],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001132'],
  parameters: parameters,
  cases,
});
