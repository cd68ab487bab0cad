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
  title: '복지로 국가유공자 등 LPG차량 세금인상분 지원 (WLF00001122), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001122&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가보훈대상자 LPG차량 세금인상분 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransLpgVehicleSupport.discountPerLitre',
    label: t('LPG 리터당 할인액', 'discount per litre of LPG'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 150 },
        sources: [booklet],
        note: '유류세 인하 조치로 2022.7.1.~2024.4.30. 리터당 150원 적용 중 (출처 기준)',
      },
    ],
  },
  {
    id: 'veteransLpgVehicleSupport.monthlyLitreCap',
    label: t('월 할인 한도 (리터)', 'monthly cap (litres)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 300 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001122',
  version: '2026.1',
  name: t('국가유공자 등 LPG차량 세금인상분 지원', 'LPG vehicle tax-increase support for veterans'),
  ministry: '국가보훈부',
  bureau: '복지정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['veteran'],
  provision: 'voucher',
  cycle: 'asNeeded',
  summary: t(
    '국가유공상이자 등이 보철용으로 사용하는 LPG차량에 대해, 차량 유류비의 세금인상분을 지원합니다.',
    'Covers the tax increase in fuel costs for LPG vehicles that wounded persons of national merit and others use as mobility aids.',
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
          '국가유공상이자(1~7급)·5·18민주화운동 부상자(1~14급)',
          'wounded person of national merit (grades 1–7) or injured May 18 participant (grades 1–14)',
        ),
        cmp(
          t(
            '보훈대상자 구분: 국가유공자, 5·18민주유공자',
            'veteran category: person of national merit, May 18 democracy merit',
          ),
          fact('veteran', 'category'),
          'in',
          lit(['국가유공자', '5·18민주유공자']),
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
        '보철용 LPG 차량 보유 (국가유공자 복지카드 발급)',
        'owns an LPG vehicle used as a mobility aid (veterans’ welfare card issued)',
      ),
      t(
        '보철용 차량 지정과 복지카드 (보훈관서)',
        'mobility-aid vehicle designation and welfare card (veterans offices)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '복지카드로 보철용 LPG 차량 충전 시 리터당 150원 할인 (월 300리터 한도; 유류세 변동 시 단가 조정)',
      'A discount of 150 per litre when filling a mobility-aid LPG vehicle with the welfare card (up to 300 litres a month; adjusted with fuel-tax changes)',
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
