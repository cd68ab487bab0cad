import {
  all,
  any,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 아동수당 지급 (WLF00001171) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001171&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet2024: Source = { title: '2024 나에게 힘이 되는 복지서비스 「아동수당」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'childAllowance.ageLimit',
    label: {
      ko: '아동수당 지급 연령 (만 나이 미만)',
      en: 'Child Allowance age limit (under, in full years)',
    },
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 8 },
        sources: [booklet2024],
        note: '2024·2025년: 만 8세 미만 (0~95개월)',
      },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 9 },
        sources: [bokjiro],
        note: '2026년: 만 9세 미만',
      },
    ],
  },
  {
    id: 'childAllowance.monthlyBase',
    label: { ko: '아동수당 기본 지급액', en: 'Child Allowance base amount' },
    unit: 'krw/month',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 100000 }, sources: [booklet2024] },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 100000 },
        sources: [bokjiro],
        note: '2026년 월 10~13만원: 10만원을 넘는 지급액의 기준은 상세 기록에 없어 반영하지 않음',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001171',
  version: '2026.1',
  name: t('아동수당', 'Child Allowance'),
  ministry: '보건복지부',
  bureau: '아동정책과',
  legalBasis: [t('아동수당법', 'Child Allowance Act')],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '소득·재산과 관계없이 만 9세 미만(2024·2025년 만 8세 미만) 대한민국 국적 아동에게 아동수당을 매월 지급합니다.',
    'Children of Korean nationality under 9 (under 8 in 2024 and 2025) receive a monthly Child Allowance, with no income or asset test.',
  ),
  criteria: all(
    undefined,
    cmp(t('지급 연령 미만', 'under the age limit'), v('person.age'), '<', param('childAllowance.ageLimit')),
    any(
      t(
        '대한민국 국적 (난민 인정자·특별기여자 포함)',
        'Korean nationality (recognised refugees and special contributors included)',
      ),
      cmp(
        t('대한민국 국적', 'Korean nationality'),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
      judgement(
        t('난민 인정자 또는 특별기여자', 'recognised refugee or special contributor'),
        t(
          '외국 국적 아동의 난민 인정·특별기여자 여부 (법무부 확인)',
          'refugee or special-contributor status of a foreign child (Ministry of Justice)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '월 100,000원 (기본 지급액). 2026년 기록은 아동 1인당 월 10~13만원이라고만 적고 10만원을 넘는 금액의 대상 기준은 적지 않아 추가분은 산정하지 않음. 지자체장이 조례로 정하면 지역화폐로도 지급. 90일 이상(출국일 포함) 해외 체류 시 지급 중단',
      '100,000 a month (base amount). The 2026 record only says 100,000–130,000 per child and does not say who gets more than 100,000, so no top-up is computed. May be paid in local currency where a local ordinance says so. Payment stops after 90+ days abroad (counting the day of departure)',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('childAllowance.monthlyBase');
      return {
        amountKrw,
        lines: [
          {
            label: t('기본 지급액 (지역 추가분 제외)', 'base amount (regional top-up not included)'),
            value: amountKrw,
          },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      applicantRelation: z
        .enum(['parent', 'guardian', 'caseworker'])
        .meta({ label: t('신청인 구분', 'who applies') }),
      paymentMethod: z
        .enum(['bankAccount', 'localCurrency'])
        .meta({ label: t('지급 방법', 'payment method') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('수당 수령 계좌 (보호자 명의)', 'bank account for payments (guardian)') }),
    }),
    evidence: [
      { id: 'application', label: t('아동수당 지급 신청서', 'Child Allowance application'), required: true },
      { id: 'bankbook', label: t('보호자 통장 사본', 'copy of the guardian’s bankbook'), required: true },
      {
        id: 'refugeeCertificate',
        label: t('난민 인정 증명서 (외국 국적 아동)', 'refugee recognition certificate (foreign children)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [bokjiro, booklet2024],
  fidelity: 'statutory',
  parameters,
  cases,
});
