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
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 학교우유급식 (WLF00001182), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001182&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「학교 우유급식」', status: 'official' };
const refNearPoor: Source = {
  title:
    '차상위계층 소득기준: 소득인정액 기준 중위소득 50% 이하 (korea-welfare-rules.md §2.12, 국민기초생활 보장법 시행령)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'schoolMilk.unitPriceMax',
    label: t('우유 1개당 지원 단가 (이내)', 'price per carton (at most)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 530 }, sources: [booklet] }],
  },
  {
    id: 'schoolMilk.daysPerYear',
    label: t('연간 지원일수 (내외)', 'days a year (approx.)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 250 }, sources: [booklet] }],
  },
  {
    id: 'schoolMilk.nearPoorShare',
    label: t('차상위계층 소득기준 (기준 중위소득 대비)', 'near-poor income limit (share of the median)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 0.5 },
        sources: [refNearPoor],
        note: '차상위계층: 소득인정액 기준 중위소득 50% 이하',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001182',
  version: '2026.1',
  name: t('학교우유급식', 'Free school milk'),
  ministry: '농림축산식품부',
  bureau: '축산경영과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['veteran', 'disability', 'lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '초·중·고등학교에 재학하는 기초생활수급자, 차상위계층, 한부모가족, 특수교육대상자, 교육비지원대상자, 국가유공자 자녀에게 학기 중·방학 중 우유를 지원합니다(연간 250일 내외, 개당 530원 이내).',
    'Elementary, middle and high-school pupils who are NBLSS recipients, near-poor, from single-parent families, special-education pupils, education-cost support recipients or children of patriots get milk during term and holidays (about 250 days a year, up to 530 per carton).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('초·중·고등학교 재학', 'enrolled in elementary, middle or high school'),
      fact('student', 'level'),
      'in',
      lit(['elementary', 'middle', 'high']),
    ),
    any(
      t('지원 대상 학생', 'eligible pupil'),
      any(
        t(
          '기초생활보장 수급 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education benefit)',
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
      ),
      any(
        t('차상위계층', 'near-poor (차상위계층)'),
        someMember(
          t('차상위계층 확인을 받은 가구원', 'a household member certified near-poor'),
          cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
        ),
        all(
          t(
            '확인 전: 소득인정액이 기준 중위소득 50% 이하이고 차상위계층 확인 필요',
            'not yet certified: income-recognized amount at most 50% of the median, certification needed',
          ),
          cmp(
            t(
              '가구 소득인정액이 기준 중위소득 50% 이하',
              'household income-recognized amount at most 50% of the median',
            ),
            v('household.incomeRecognized.nblss'),
            '<=',
            mul(
              t('기준 중위소득 × 50%', 'median income × 50%'),
              param('median.income', { by: 'household.size' }),
              param('schoolMilk.nearPoorShare'),
            ),
          ),
          judgement(
            t('차상위계층 확인', 'near-poor certification'),
            t(
              '차상위계층 확인 신청과 결정 (읍면동 조사)',
              'near-poor certification (application and local-government investigation)',
            ),
          ),
        ),
      ),
      someMember(
        t('한부모가족 지원 대상 가구원', 'a household member certified as a single-parent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('국가유공자 부모 (국가유공자 자녀)', 'a parent who is a patriot or veteran'),
        cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
        { excludeSubject: true },
      ),
      judgement(
        t(
          '특수교육대상자 또는 교육비지원대상자',
          'special-education pupil or education-cost support recipient',
        ),
        t(
          '특수교육대상자·교육비지원대상자 선정 여부 (학교)',
          'special-education or education-cost support status (school)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '학기 중·방학 중 우유 지원 (연간 250일 내외, 개당 530원 이내)',
      'milk during term and holidays (about 250 days a year, up to 530 per carton)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet, refNearPoor],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
