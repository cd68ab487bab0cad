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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 주거취약계층 주거상향 지원사업 (WLF00000036), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000036&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「주거취약계층 주거지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'housingUpgradeVulnerable.minMonths',
    label: { ko: '비주택 거주 기간 (이상)', en: 'months lived in non-housing (minimum)' },
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'housingUpgradeVulnerable.childAgeLimit',
    label: {
      ko: '함께 사는 아동 연령 (만 나이 미만)',
      en: 'age of the children living there (under, full years)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000036',
  version: '2026.1',
  name: t('주거취약계층 주거상향 지원사업', 'Housing Upgrade Support for Residents of Non-Housing Dwellings'),
  ministry: '국토교통부',
  bureau: '주거복지정책과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '쪽방·고시원 등 열악한 비주택거주자의 공공임대주택 이주수요를 발굴하고 LH와 협력하여 이주과정을 지원합니다.',
    'Finds residents of poor non-housing dwellings such as jjokbang rooms and gosiwon who want to move to public rental housing and supports the move together with LH.',
  ),
  criteria: any(
    t('주거취약계층', 'housing-vulnerable household'),
    all(
      t(
        '쪽방·고시원·비닐하우스 등 비주택 3개월 이상 거주',
        'three or more months in a non-housing dwelling (jjokbang, gosiwon, vinyl greenhouse, …)',
      ),
      someMember(
        t('비주택 거주 (쪽방·고시원 등)', 'lives in a non-housing dwelling (jjokbang, gosiwon, …)'),
        cmp(
          t('주거 취약 유형', 'housing hardship'),
          fact('housingHardship', 'kind'),
          '==',
          lit('jjokbang', t('쪽방 등 비주택', 'jjokbang or other non-housing')),
        ),
      ),
      judgement(
        t('비주택 거주 기간 3개월 이상', 'three or more months there'),
        t('비주택 거주 기간 (확인서)', 'length of stay (certificate)'),
      ),
    ),
    someMember(
      t('범죄피해자', 'crime victim'),
      cmp(t('범죄피해자', 'crime victim'), fact('crimeVictim'), '==', lit(true)),
    ),
    someMember(
      t('가정폭력피해자', 'domestic-violence victim'),
      cmp(
        t('위기사유: 폭력 피해', 'crisis: violence'),
        fact('crisis', 'kind'),
        '==',
        lit('violence', t('폭력 피해', 'violence')),
      ),
    ),
    all(
      t(
        '만 18세 미만 아동과 거주하는 최저주거기준 미달 가구',
        'a household below the minimum housing standard living with a child under 18',
      ),
      someMember(
        t('만 18세 미만 아동', 'a child under 18'),
        cmp(
          t('만 18세 미만', 'under 18'),
          v('person.age'),
          '<',
          param('housingUpgradeVulnerable.childAgeLimit'),
        ),
      ),
      someMember(
        t('최저주거기준 미달', 'below the minimum housing standard'),
        cmp(
          t('주거 취약 유형', 'housing hardship'),
          fact('housingHardship', 'kind'),
          '==',
          lit('substandard', t('최저주거기준 미달', 'substandard')),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '매입임대·전세임대·국민임대 등 임대주택을 저렴하게 임대 (최초 2년 계약, 2년 단위 재계약, 최장 20~30년 거주)',
      'Purchased, jeonse or national rental housing at low rent (2-year first lease, renewable every 2 years, 20 to 30 years at most)',
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
  parameters: parameters,
  cases,
});
