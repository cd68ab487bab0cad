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
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 국가보훈대상자 취업능력개발지원 (WLF00003281), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003281&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가유공자 등 취업능력개발 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransEmployabilityDevelopment.courseFeeShare',
    label: t('취업수강료 지원 비율', 'share of course fees covered'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.7 }, sources: [booklet] }],
  },
  {
    id: 'veteransEmployabilityDevelopment.annualCapSelf',
    label: t('취업수강료 연간 한도 (본인)', 'yearly course-fee cap (the person of merit)'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1500000 }, sources: [booklet] }],
  },
  {
    id: 'veteransEmployabilityDevelopment.annualCapFamily',
    label: t('취업수강료 연간 한도 (유가족)', 'yearly course-fee cap (family)'),
    unit: 'krw/year',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 750000 }, sources: [booklet] }],
  },
  {
    id: 'veteransEmployabilityDevelopment.totalCapSelf',
    label: t('취업수강료 총 한도 (본인)', 'total course-fee cap (the person of merit)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3000000 }, sources: [booklet] }],
  },
  {
    id: 'veteransEmployabilityDevelopment.totalCapFamily',
    label: t('취업수강료 총 한도 (유가족)', 'total course-fee cap (family)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1500000 }, sources: [booklet] }],
  },
  {
    id: 'veteransEmployabilityDevelopment.trainingAllowance',
    label: t('직업훈련 장려금 (분기별 지급)', 'vocational-training allowance (paid quarterly)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 40000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003281',
  version: '2026.1',
  name: t('국가보훈대상자 취업능력개발지원', 'Employability development support for veterans'),
  ministry: '국가보훈부',
  bureau: '생활안정과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '취업지원대상자의 취업경쟁력 향상을 통한 취업촉진을 위하여 취업능력개발비용을 지원합니다.',
    'Pays the costs of developing employability for beneficiaries of veterans’ employment support, to make them more competitive and help them find work.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '보훈대상자 구분: 독립유공자, 국가유공자, 보훈보상대상자, 5·18민주유공자, 특수임무유공자, 고엽제후유의증',
        'veteran category: independence patriot, person of national merit, veterans-compensation beneficiary, May 18 democracy merit, special-mission merit, Agent Orange after-effect-like disorder patient',
      ),
      fact('veteran', 'category'),
      'in',
      lit([
        '독립유공자',
        '국가유공자',
        '보훈보상대상자',
        '5·18민주유공자',
        '특수임무유공자',
        '고엽제후유의증',
      ]),
    ),
    any(
      t('유공자 본인 또는 지원대상 가족', 'the person of merit or an eligible family member'),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
      judgement(
        t(
          '지원대상 가족 (구분별 배우자·자녀·손자녀·(조)부모; 등록 시기·상이등급에 따른 제외 기준 적용)',
          'eligible family member (spouse, children, grandchildren or (grand)parents depending on the group; exclusions by registration date and injury grade)',
        ),
        t('가족 관계와 제외 기준 (국가보훈부)', 'the relationship and the exclusions (veterans ministry)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '취업수강료: 국가보훈부 지정과정 본인부담 수강료의 70% (연간 본인 1,500,000원·유가족 750,000원, 총 한도 본인 3,000,000원·유가족 1,500,000원). 직업훈련 장려금: 공공직업훈련기관 입소자에게 월 40,000원 (분기별 지급)',
      'Course fees: 70% of designated courses (per year up to 1,500,000 for the person of merit and 750,000 for family; in total 3,000,000 and 1,500,000). Training allowance: 40,000 a month for trainees at public vocational training institutions (paid quarterly)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
