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
        note: '2026년 100,000~130,000원: 비수도권·인구감소지역 추가 지급분은 대상 지역이 출처에 없어 반영하지 않음',
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
      '월 100,000원 (기본 지급액). 2026년에는 비수도권·인구감소지역 아동에게 최대 130,000원까지 추가 지급(지역화폐 가능)하지만, 출처에 해당 지역이 명시되지 않아 추가분은 산정하지 않음. 90일 이상 해외 체류 시 지급 정지',
      '100,000 a month (base amount). In 2026 children in non-capital and depopulating areas get up to 130,000 (possibly in local currency), but the sources do not name the regions, so the top-up is not computed. Payment stops after 90+ days abroad',
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
