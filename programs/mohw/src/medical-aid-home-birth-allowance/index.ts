import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 의료급여(요양비) (WLF00000056) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000056&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidHomeBirthAllowance.stillbirthMinWeeks',
    label: {
      ko: '사산 요양비 인정 임신주수 (주 이상)',
      en: 'stillbirth covered from gestational week (at least)',
    },
    unit: 'count',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 16 }, sources: [record] }],
  },
];

export default defineProgram({
  id: 'WLF00000056',
  version: '2026.1',
  name: t('의료급여(요양비)', 'Medical aid care allowance (요양비)'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [
    t('의료급여법', 'Medical Aid Act'),
    t('의료급여법 시행규칙', 'Enforcement Rules of the Medical Aid Act'),
  ],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '의료급여 수급권자가 긴급하거나 부득이한 사유로 의료급여기관과 같은 기능을 하는 기관에서 질병·부상·출산 등에 대해 의료급여를 받거나 의료급여기관 밖에서 출산했을 때, 또는 처방에 따라 소모성 재료·기기를 구입·이용했을 때 그 의료급여에 상당하는 금액을 요양비로 지급합니다.',
    'When a medical aid recipient, for an emergency or another unavoidable reason, is treated for illness, injury or childbirth at an institution doing the work of a medical-aid provider, gives birth outside one, or buys or rents prescribed supplies and devices, the amount medical aid would have paid is paid to them as a care allowance.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급권자', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '요양비 지급 요건 중 하나: 의료급여기관을 이용할 수 없거나 없어서 받은 질병·부상·출산(사산은 임신 16주 이상) 요양, 의료급여기관 외의 장소에서 출산, 처방에 따른 자동복막투석 재료·당뇨병 소모성 재료·제1형 당뇨병 관리기기·자가도뇨 소모성 재료 구입, 가정 산소치료, 인공호흡기·기침유발기·양압기 서비스',
        'one of the grounds: care for illness, injury or childbirth (stillbirth from 16 weeks) because no medical-aid provider could be used, birth outside a provider, or prescribed peritoneal dialysis supplies, diabetes supplies, type-1 diabetes devices, self-catheterisation supplies, home oxygen, ventilator, cough-assist or CPAP services',
      ),
      t(
        '사유와 처방전·영수증·출생 사실 확인 서류',
        'the ground with the prescription, receipts or proof of birth',
      ),
    ),
  ),
  benefit: {
    description: t(
      '그 의료급여에 상당하는 금액을 요양비로 지급: 질병·부상·출산 요양비, 자동복막투석 복막관류액·소모성 재료비, 산소치료, 당뇨 소모성 재료, 당뇨병 관리기기, 자가도뇨 소모성 재료(간헐적 도뇨 카테터), 인공호흡기 대여서비스 등, 기침유발기, 양압기. 항목별 금액은 기록에 없음 (2026 의료급여사업 안내)',
      'The amount medical aid would have paid, as a care allowance: care for illness, injury or childbirth, peritoneal dialysis fluid and supplies, oxygen therapy, diabetes supplies and devices, self-catheterisation supplies, ventilator rental and similar, cough-assist devices, CPAP. The amounts for each item are not in the record (2026 medical aid guidance)',
    ),
  },
  form: {
    schema: z.object({
      ground: z
        .enum([
          'careOutsideProvider',
          'birthOutsideProvider',
          'suppliesOrDevices',
          'homeOxygen',
          'ventilatorServices',
        ])
        .meta({ label: t('요양비 청구 사유', 'ground for the claim') }),
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
        id: 'groundProof',
        label: t('처방전·영수증 또는 출생 사실 확인 서류', 'prescription and receipts, or proof of birth'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [record],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
