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
  title: '복지로 영구임대주택공급 (WLF00000888), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000888&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「영구임대주택 공급」',
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
    id: 'permanentRentalHousing.totalAssetLimit',
    label: { ko: '총자산 기준 (이하)', en: 'total asset limit (at most)' },
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 241000000 },
        sources: [booklet],
        note: '수급자·위안부피해자·한부모가족 등은 자산요건 미적용',
      },
    ],
  },
  {
    id: 'permanentRentalHousing.carLimit',
    label: { ko: '자동차가액 기준 (이하)', en: 'car value limit (at most)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 37080000 }, sources: [booklet] }],
  },
  {
    id: 'permanentRentalHousing.incomeShare',
    label: {
      ko: '소득 기준 (도시근로자 월평균소득 대비, 3인 이상)',
      en: 'income limit (share of urban worker average income, 3+ persons)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.7 },
        sources: [booklet],
        note: '3인 기준 5,039,054원 (2024)',
      },
    ],
  },
  {
    id: 'permanentRentalHousing.incomeShare1p',
    label: { ko: '소득 기준 (1인 가구)', en: 'income limit (one person)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.9 }, sources: [booklet] }],
  },
  {
    id: 'permanentRentalHousing.incomeShare2p',
    label: { ko: '소득 기준 (2인 가구)', en: 'income limit (two persons)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.8 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000888',
  version: '2026.1',
  name: t('영구임대주택공급', 'Permanent Rental Housing Supply'),
  ministry: '국토교통부',
  bureau: '주거복지지원과',
  legalBasis: [t('공공주택 특별법', 'Special Act on Public Housing')],
  target: 'household',
  lifeCycle: [],
  situations: ['multicultural', 'veteran', 'disability', 'lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '생계·의료급여 수급자, 국가유공자, 일본군 위안부 피해자 등 사회보호계층에게 영구임대주택을 공급하여 주거안정을 도모합니다.',
    'Supplies permanent rental housing to socially protected groups — livelihood and medical benefit recipients, patriots and veterans, victims of Japanese military sexual slavery and others — for housing stability.',
  ),
  criteria: all(
    undefined,
    noHomeOwner(),
    any(
      t('입주 자격', 'eligible group'),
      livelihoodOrMedical(),
      singleParentMember(),
      all(
        t(
          '국가유공자·북한이탈주민·장애인 등 (소득·자산 기준)',
          'patriots and veterans, North Korean defectors, disabled people (income and asset limits)',
        ),
        any(
          t('국가유공자·북한이탈주민·장애인', 'patriot or veteran, defector or disabled person'),
          someMember(
            t('국가유공자 등', 'patriot or veteran'),
            cmp(t('국가보훈대상자', 'veteran'), fact('veteran'), '==', lit(true)),
          ),
          someMember(
            t('북한이탈주민', 'North Korean defector'),
            cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
          ),
          someMember(
            t('장애인', 'disabled person'),
            cmp(t('등록 장애', 'registered disability'), fact('disability'), '==', lit(true)),
          ),
        ),
        cmp(
          t('총자산 2억 4,100만원 이하', 'total assets at most 241,000,000'),
          v('household.netAssets'),
          '<=',
          param('permanentRentalHousing.totalAssetLimit'),
        ),
        judgement(
          t(
            '도시근로자 월평균소득 70%(1인 90%, 2인 80%) 이하, 자동차 3,708만원 이하',
            'at most 70% (one person 90%, two 80%) of urban worker average income; car at most 37,080,000',
          ),
          t(
            '도시근로자 월평균소득 대비 가구 소득과 자동차가액',
            'household income against the urban worker average, and car value',
          ),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '전용면적 40㎡ 이하 주택을 시중시세 30% 수준으로 임대 (최초 2년 계약, 2년 단위 재계약, 최장 50년). 일본군위안부 피해자도 입주 대상 (자료 없음으로 판정에 미반영)',
      'Flats of up to 40 m² at about 30% of market rent (2-year first lease, renewable every 2 years, up to 50 years). Victims of Japanese military sexual slavery also qualify (no data, not assessed)',
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
