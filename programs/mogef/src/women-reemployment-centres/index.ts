import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title:
    '복지로 여성경제활동 촉진지원(여성새로일하기지원센터 사업) (WLF00000071), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000071&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「여성 경제활동 촉진 지원사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'womenReemployment.internSupportCap',
    label: t('인턴십 지원금 한도 (1인당)', 'internship support cap per person'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3800000 }, sources: [booklet] }],
  },
  {
    id: 'womenReemployment.internMonthlySubsidy',
    label: t('인턴채용 지원금 (기업, 월)', 'intern hiring subsidy to employers (monthly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 800000 }, sources: [booklet] }],
  },
  {
    id: 'womenReemployment.internMonths',
    label: t('인턴 기간', 'internship length'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'womenReemployment.retentionMonths',
    label: t('장려금 고용유지 기간', 'retention period for the incentive'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'womenReemployment.retentionBonusEmployer',
    label: t('고용유지 장려금 (기업)', 'retention incentive (employer)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 800000 }, sources: [booklet] }],
  },
  {
    id: 'womenReemployment.retentionBonusIntern',
    label: t('고용유지 장려금 (인턴 취업자)', 'retention incentive (intern)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 600000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000071',
  version: '2026.1',
  name: t(
    '여성경제활동 촉진지원(여성새로일하기지원센터 사업)',
    'Women’s economic activity support (Saeil women’s reemployment centres)',
  ),
  ministry: '성평등가족부',
  bureau: '경력이음지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '혼인·임신·출산·육아·가족돌봄 등으로 경제활동을 중단했거나 경제활동을 한 적이 없는 여성과 재직 여성에게 여성새로일하기센터에서 취업상담, 직업교육훈련, 인턴십, 취업 연계와 사후관리, 경력단절 예방을 지원합니다.',
    'Women who stopped working because of marriage, pregnancy, childbirth, childcare or family care, women who never worked, and employed women get job counselling, vocational training, internships, placement, follow-up and career-break prevention at Saeil centres.',
  ),
  criteria: all(
    undefined,
    cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
    any(
      t('경력단절 여성 또는 재직 여성', 'woman with a career break, who never worked, or employed'),
      cmp(
        t('재직 여성 (경력단절 예방)', 'employed woman (career-break prevention)'),
        fact('employment', 'status'),
        '==',
        lit('employee'),
      ),
      judgement(
        t(
          '혼인·임신·출산·육아·가족돌봄 등으로 경제활동 중단 또는 경제활동 경험 없음',
          'stopped working for marriage, pregnancy, childbirth, childcare or family care, or never worked',
        ),
        t(
          '경력단절 사유와 경제활동 이력 (새일센터 상담)',
          'reason for the career break and work history (Saeil centre)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '취·창업 상담, 직업교육훈련, 취업연계·동행면접, 인턴십(인턴채용 기업에 3개월간 월 80만원, 1인당 380만원 한도; 6개월 이상 고용유지 시 기업 80만원·인턴 60만원 장려금), 사후관리, 경력단절 예방',
      'job and start-up counselling, vocational training, placement and accompanied interviews, internships (employers get 800,000 a month for 3 months, up to 3,800,000 per person; after 6 months of retention, 800,000 to the employer and 600,000 to the intern), follow-up, career-break prevention',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
