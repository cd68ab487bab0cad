import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 초.중.고 학생 교육정보화 지원 (WLF00003227) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003227&wlfareInfoReldBztpCd=01',
  status: 'official',
};

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

const SCHOOL = ['elementary', 'middle', 'high'];
const inSchool = () =>
  cmp(
    t('초·중·고등학교 재학', 'enrolled in elementary, middle or high school'),
    fact('student', 'level'),
    'in',
    lit(SCHOOL, t('초·중·고', 'elementary, middle or high')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'studentDigitalSupport.internetMonthly',
    label: {
      ko: '인터넷 통신비 지원 (1세대, 월, 상당액)',
      en: 'internet fee support (per household, monthly value)',
    },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 17600 }, sources: [bokjiro] }],
  },
  {
    id: 'studentDigitalSupport.contentFilterMonthly',
    label: {
      ko: '유해차단서비스 (시·도별 기준, 월, 상당액)',
      en: 'harmful-content filter (by province, monthly value)',
    },
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 1650 }, sources: [bokjiro] }],
  },
];

export default defineProgram({
  id: 'WLF00003227',
  version: '2026.1',
  name: t('초.중.고 학생 교육정보화 지원', 'Digital Education Support for School Students (PC and Internet)'),
  ministry: '교육부',
  bureau: '디지털교육기반과',
  legalBasis: [t('초ㆍ중등교육법', 'Elementary and Secondary Education Act')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '기초생활수급자(생계·의료·주거·교육급여)·한부모가족보호대상자·법정 차상위 가구의 초·중·고등학생에게 1세대 1자녀로 PC 1대와 인터넷 통신비(월 17,600원 상당)를 지원합니다 (시도교육청 기준에 따라 대상·학년 범위 상이).',
    'Elementary, middle and high-school students of NBLSS-recipient, protected single-parent or statutory near-poor households get one PC and internet fees (worth 17,600 a month), one child per household (coverage and grades vary by provincial education office).',
  ),
  criteria: all(
    undefined,
    inSchool(),
    any(
      t(
        '저소득층 자격 (기초생활수급자·한부모가족보호대상자·법정 차상위)',
        'low-income status (NBLSS recipient, protected single-parent family, statutory near-poor)',
      ),
      nblssAny(),
      singleParentMember(),
      nearPoorMember(),
    ),
  ),
  benefit: {
    description: t(
      '초중고 1세대에 PC 1대 현물 지원, 인터넷 통신비 월 1회 지원 (무료, 월 17,600원 상당), 시·도별 기준에 따라 유해차단서비스 (월 1,650원 상당). 중복 지원 제한: 다른 법령에 따른 PC·인터넷 통신비 지원, 형제자매 간 중복 (1세대 1자녀), 기존에 컴퓨터를 받은 가구원이 있으면 컴퓨터 제외. 시도교육청 기준에 따라 서비스 내용·범위 상이 (현물, 산정 제외)',
      'One PC per household in kind, internet fees once a month (free, worth 17,600 a month) and, by province, a harmful-content filter (worth 1,650 a month). Not given twice: PC or internet support under another law, siblings (one child per household), no PC if a household member already received one. Content and scope vary by provincial education office (in kind, not computed)',
    ),
  },
  form: {
    schema: z.object({
      requested: z
        .enum(['pc', 'internet', 'both'])
        .meta({ label: t('신청 항목 (PC·인터넷 통신비)', 'requested support (PC, internet fees)') }),
      householdReceivedPcBefore: z.boolean().meta({
        label: t('가구원의 기존 컴퓨터 지원 수혜 여부', 'a household member already received a PC'),
      }),
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
        id: 'internetAgreement',
        label: t(
          '인터넷 협정요금 가입(해지) 신청서',
          'internet agreed-tariff subscription (cancellation) form',
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
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
