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
  title: '복지로 보상금 (WLF00000043), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000043&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가유공자 등 보상금」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransCompensation.monthlyMin',
    label: t('보상금 월 지급액 (최저)', 'monthly compensation (lowest)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 410000 }, sources: [booklet] }],
  },
  {
    id: 'veteransCompensation.monthlyMax',
    label: t('보상금 월 지급액 (최고)', 'monthly compensation (highest)'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 7188000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000043',
  version: '2026.1',
  name: t('보상금', 'Compensation for patriots and veterans'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '독립(국가)유공자, 보훈보상대상자의 생활 안정과 복지 향상을 위하여 보상금을 지원합니다.',
    'Pays compensation to independence patriots, persons of national merit and veterans-compensation beneficiaries to stabilise their lives and improve their welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '보훈대상자 구분: 독립유공자, 국가유공자, 보훈보상대상자',
        'veteran category: independence patriot, person of national merit, veterans-compensation beneficiary',
      ),
      fact('veteran', 'category'),
      'in',
      lit(['독립유공자', '국가유공자', '보훈보상대상자']),
    ),
    any(
      t(
        '유공자 본인 또는 보상금 지급대상 선순위 유족',
        'the person of merit or the first-ranked bereaved family member entitled to compensation',
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
      judgement(
        t('보상금 지급대상 선순위 유족', 'first-ranked bereaved family member entitled to compensation'),
        t(
          '유족의 보상금 지급 순위 (국가보훈부 등록)',
          'the bereaved member’s rank for compensation (veterans ministry registration)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '희생·공헌 정도, 고령, 부양가족 여부 등에 따라 매월 410,000원 ~ 7,188,000원의 보상금 지급 (2024년 기준; 대상자별 금액은 출처에 구분표가 없어 산정하지 않음)',
      'Monthly compensation of 410,000 to 7,188,000 depending on the sacrifice or contribution, old age and dependants (2024 amounts; not computed, as the sources give no per-person table)',
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
