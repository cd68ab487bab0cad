import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 무료법률구조 (WLF00006324), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006324&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「법률구조 제도」', status: 'official' };
const booklet2: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「무료 법률구조 제도」 (장애인)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'klacFreeLegalAid.incomeShare',
    label: t('무료법률구조 소득 기준 (기준 중위소득 대비)', 'income limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.25 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006324',
  version: '2026.1',
  name: t('무료법률구조', 'Free legal aid'),
  ministry: '법무부',
  bureau: '인권구조과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['multicultural', 'veteran', 'disability', 'lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '사회적, 경제적 약자(기준 중위소득 125% 이하 국민 등)에 대한 무료법률구조를 지원합니다.',
    'Provides free legal aid to socially and economically vulnerable people (such as citizens at or below 125% of the standard median income).',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '무료법률구조 대상자 (사회적·경제적 약자)',
        'free legal-aid groups (socially or economically vulnerable)',
      ),
      cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
      cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
      cmp(
        t(
          '국가유공자 등 보훈대상자 (유족 포함)',
          'person of national merit or other veteran (bereaved included)',
        ),
        fact('veteran'),
        '==',
        lit(true),
      ),
      cmp(t('한부모가족', 'single-parent family'), fact('singleParentFamily'), '==', lit(true)),
      cmp(
        t('다문화가족 (결혼이민자·귀화허가자)', 'multicultural family (marriage migrant or naturalised)'),
        fact('multiculturalFamily'),
        '==',
        lit(true),
      ),
      cmp(t('범죄피해자', 'crime victim'), fact('crimeVictim'), '==', lit(true)),
      cmp(t('소상공인', 'small-business owner'), fact('smallBusiness'), '==', lit(true)),
      cmp(t('보호대상아동', 'child in care'), fact('fosterCare'), '==', lit(true)),
      cmp(t('소년소녀가장', 'child head of household'), fact('childHeadedHousehold'), '==', lit(true)),
      any(
        t(
          '기초생활보장 수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education benefit)',
        ),
        cmp(
          t('생계급여 수급 가구', 'household receives the livelihood benefit'),
          receives(
            'WLF00001132',
            t('생계급여 수급 가구', 'household receives the livelihood benefit'),
            'household',
          ),
          '==',
          lit(true),
        ),
        cmp(
          t('의료급여 수급 가구', 'household receives the medical aid'),
          receives('WLF00000102', t('의료급여 수급 가구', 'household receives the medical aid'), 'household'),
          '==',
          lit(true),
        ),
        cmp(
          t('주거급여 수급 가구', 'household receives the housing benefit'),
          receives(
            'WLF00003201',
            t('주거급여 수급 가구', 'household receives the housing benefit'),
            'household',
          ),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급 가구', 'household receives the education benefit'),
          receives(
            'WLF00001089',
            t('교육급여 수급 가구', 'household receives the education benefit'),
            'household',
          ),
          '==',
          lit(true),
        ),
      ),
      cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
      judgement(
        t(
          '그 밖의 대상자 (청년미취업자·대학생, 전시납북자가족, 영세담배소매인, 가정폭력·성폭력피해자, 미혼부, 소액임차인, 학교폭력피해자, 예술인, 의료사고피해자 등)',
          'other groups (unemployed young people and students, families of wartime abductees, small tobacco retailers, victims of domestic or sexual violence, unmarried fathers, small tenants, school-violence victims, artists, medical-accident victims and others)',
        ),
        t('대상자 구분 (대한법률구조공단 상담)', 'the applicant’s group (Korea Legal Aid Corporation)'),
      ),
    ),
    any(
      t(
        '소득 기준: 중위 125% 이하 (차상위계층은 소득기준 예외)',
        'income: at most 125% of the median (no income test for the near-poor)',
      ),
      cmp(
        t('가구 소득 기준 중위소득 125% 이하', 'household income at most 125% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('klacFreeLegalAid.incomeShare'),
        ),
      ),
      cmp(t('차상위계층 (소득기준 예외)', 'near-poor (no income test)'), fact('nearPoor'), '==', lit(true)),
    ),
  ),
  benefit: {
    description: t(
      '소송대리·형사변호 등 법률구조; 대상자는 소송비용 무료 (변호사 보수는 대상자별로 유료 또는 무료), 차상위계층 등은 소송비용·변호사 보수 모두 무료',
      'Legal aid (representation, criminal defence); court costs are free for these groups (lawyer fees paid or free by group); for the near-poor and others both are free',
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
        id: 'idCard',
        label: t('신분증 (외국인은 외국인등록증)', 'identity card (foreigners: residence card)'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet, booklet2],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
