import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 산모·신생아 건강관리 지원사업 (WLF00001188), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001188&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산모·신생아 건강관리 지원사업」',
  status: 'official',
};
const b2026: Source = {
  title: '복지로 산모·신생아 건강관리 지원사업 (WLF00001188), 2026',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001188&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'postnatalCareHelper.incomeShare',
    label: {
      ko: '건강보험료 본인부담금 합산액 기준 (기준 중위소득 대비)',
      en: 'health-premium test (share of the median)',
    },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 1.5 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 1.5 }, sources: [b2026] },
    ],
  },
  {
    id: 'postnatalCareHelper.standardDays',
    label: { ko: '표준 서비스 기간 (일)', en: 'standard service length (days)' },
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { firstChild: 10, secondChild: 15, thirdChildPlus: 15, twins: 15, tripletsPlus: 25 },
        },
        sources: [book],
        note: '단축·연장 선택 가능 (삼태아 이상 최대 40일)',
      },
    ],
  },
  {
    id: 'postnatalCareHelper.applyBeforeDays',
    label: { ko: '신청 기간: 출산예정일 전 (일)', en: 'application window before the due date (days)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 40 }, sources: [book] }],
  },
  {
    id: 'postnatalCareHelper.applyAfterDays',
    label: { ko: '신청 기간: 출산 후 (일)', en: 'application window after birth (days)' },
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 30 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001188',
  version: '2026.1',
  name: t('산모·신생아 건강관리 지원사업', 'Postnatal care helper for mothers and newborns'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('모자보건법', 'Mother and Child Health Act')],
  target: 'person',
  lifeCycle: ['infant', 'pregnancy'],
  situations: ['multiChild', 'disability', 'lowIncome'],
  provision: 'voucher',
  cycle: 'once',
  summary: t(
    '출산가정에 건강관리사를 파견하여 산후관리를 지원함으로써 산모와 신생아의 건강을 증진하고 출산가정의 경제적 부담 경감을 지원합니다.',
    'Sends a postnatal care helper to families with a new baby, improving the health of mother and newborn and easing the family’s costs.',
  ),
  criteria: all(
    undefined,
    cmp(t('산모 (여성)', 'mother (female)'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
    any(
      t(
        '출산예정 40일 전부터 출산 후 30일까지 (임신 16주 이후 유산·사산 포함)',
        'from 40 days before the due date to 30 days after birth (miscarriage or stillbirth after 16 weeks included)',
      ),
      cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      judgement(
        t(
          '출산 후 30일 이내 (또는 임신 16주 이후 유산·사산, 신생아 퇴원 후 30일 이내)',
          'within 30 days of birth (or of a miscarriage or stillbirth after 16 weeks, or of the baby’s discharge)',
        ),
        t('출산·유산·사산일 확인', 'date of birth, miscarriage or stillbirth'),
      ),
    ),
    any(
      t(
        '기초생활수급자·차상위계층 또는 건강보험료 기준 중위소득 150% 이하',
        'NBLSS recipient, near-poor, or health premiums within 150% of the median',
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
      someMember(
        t('차상위계층 가구', 'near-poor household'),
        cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
      ),
      judgement(
        t(
          '가구 건강보험료 본인부담금 합산액이 기준 중위소득 150% 이하 (지자체별 예외 지원 포함)',
          'household health premiums at most the 150%-of-median level (local exceptions included)',
        ),
        t('건강보험료 합산액 확인 (보건소)', 'premium check (public health centre)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '산모·신생아 건강관리사 가정방문 바우처. 표준 기간: 첫째아 10일, 둘째아 15일, 셋째아 이상 15일, 쌍태아 15일, 삼태아 이상 25일 (단축·연장 선택, 삼태아 이상 최대 40일). 소득기준 완화 등 지자체 예외 지원은 보건소 확인',
      'A voucher for a postnatal care helper at home. Standard length: first child 10 days, second 15, third or later 15, twins 15, triplets or more 25 (shorter or longer options; up to 40 days for triplets). Local exceptions at the public health centre',
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
        id: 'birthProof',
        label: t('출생증명서 또는 임신확인서', 'birth certificate or proof of pregnancy'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, b2026],
  fidelity: 'summary',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
