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
  title: '복지로 국가보훈대상자 친환경차량(전기･수소차) 지원 (WLF00006296), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006296&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가보훈대상자 친환경차량(전기·수소차) 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransEcoVehicleSupport.chargingMonthlyCap',
    label: t('충전비 월 지원 한도', 'monthly charging support cap'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 29000 }, sources: [booklet] }],
  },
  {
    id: 'veteransEcoVehicleSupport.purchaseSubsidy',
    label: t('친환경차량 구매보조금 (정액)', 'purchase subsidy (flat)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1000000 }, sources: [booklet] }],
  },
  {
    id: 'veteransEcoVehicleSupport.applicationWindowDays',
    label: t(
      '구매보조금 신청 기한 (최초 등록일부터, 일)',
      'purchase-subsidy application window (days from first registration)',
    ),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 90 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006296',
  version: '2026.1',
  name: t(
    '국가보훈대상자 친환경차량(전기･수소차) 지원',
    'Eco-friendly vehicle (electric or hydrogen) support for veterans',
  ),
  ministry: '국가보훈부',
  bureau: '복지정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '상이 국가유공자등이 보철용으로 사용하는 친환경 차량(전기 또는 수소차) 구매보조금 및 충전비 지원을 통해 국가유공자 등의 이동권 보장 및 경제적 부담 경감에 기여합니다.',
    'Subsidises the purchase and charging of eco-friendly (electric or hydrogen) vehicles used as mobility aids by wounded persons of national merit and others, guaranteeing their mobility and easing costs.',
  ),
  criteria: all(
    undefined,
    any(
      t('지원 대상 보훈대상자', 'eligible veteran groups'),
      all(
        t('독립유공자 본인', 'independence patriot in person'),
        cmp(
          t('보훈대상자 구분: 독립유공자', 'veteran category: independence patriot'),
          fact('veteran', 'category'),
          'in',
          lit(['독립유공자']),
        ),
        cmp(
          t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
          fact('veteran', 'isFamily'),
          '==',
          lit(false),
        ),
      ),
      all(
        t(
          '국가유공상이자(1~7급, 보훈보상대상자 포함)·5·18민주화운동 부상자(1~14급)',
          'wounded person of national merit (grades 1–7, veterans-compensation beneficiaries included) or injured May 18 participant (grades 1–14)',
        ),
        cmp(
          t(
            '보훈대상자 구분: 국가유공자, 보훈보상대상자, 5·18민주유공자',
            'veteran category: person of national merit, veterans-compensation beneficiary, May 18 democracy merit',
          ),
          fact('veteran', 'category'),
          'in',
          lit(['국가유공자', '보훈보상대상자', '5·18민주유공자']),
        ),
        cmp(
          t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
          fact('veteran', 'isFamily'),
          '==',
          lit(false),
        ),
        judgement(
          t(
            '상이등급 1~7급 (국가유공상이자) 또는 5·18민주화운동 부상 장해등급 1~14급 판정',
            'injury grade 1–7 (wounded person of national merit) or May 18 injury grade 1–14',
          ),
          t('상이·장해등급 (국가보훈부)', 'the injury grade (veterans ministry)'),
        ),
      ),
      all(
        t(
          '고엽제후유의증 환자 (고·중·경도)',
          'Agent Orange after-effect-like disorder patient (severe, moderate or mild)',
        ),
        cmp(
          t(
            '보훈대상자 구분: 고엽제후유의증',
            'veteran category: Agent Orange after-effect-like disorder patient',
          ),
          fact('veteran', 'category'),
          'in',
          lit(['고엽제후유의증']),
        ),
        cmp(
          t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
          fact('veteran', 'isFamily'),
          '==',
          lit(false),
        ),
        judgement(
          t(
            '고엽제후유의증 장애등급(고도·중등도·경도) 판정',
            'disability grade (severe, moderate, mild) assessed',
          ),
          t('장애등급 판정 (국가보훈부)', 'the disability grading (veterans ministry)'),
        ),
      ),
    ),
    judgement(
      t(
        '보철용 친환경차량(전기·수소차) 보유 또는 신규 구매 (2022.1.1. 이후 신규 등록, 최초 등록일부터 90일 이내 신청)',
        'owns or newly buys an electric or hydrogen vehicle as a mobility aid (first registered from 1 January 2022, applying within 90 days)',
      ),
      t(
        '차량 등록과 보철용 지정 (보훈관서)',
        'vehicle registration and mobility-aid designation (veterans offices)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '충전비: 복지카드로 보철용 친환경차량 충전 시 월 29,000원 한도 지원. 구매보조금: 2022.1.1. 이후 신규 등록한 친환경차량에 1,000,000원 정액 (최초 등록일부터 90일 이내 신청)',
      'Charging: up to 29,000 a month with the welfare card. Purchase: a flat 1,000,000 for vehicles first registered from 1 January 2022 (apply within 90 days)',
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
