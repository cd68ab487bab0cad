import {
  any,
  type Criterion,
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
  title: '복지로 양곡할인 (WLF00000074) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000074&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'riceDiscount.pricePerBagLivelihoodMedical',
    label: t(
      '10kg 1포당 개인부담 (생계·의료급여 수급자)',
      'own payment per 10 kg bag (livelihood and medical benefit recipients)',
    ),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 2500 }, sources: [bokjiro] }],
  },
  {
    id: 'riceDiscount.pricePerBagOther',
    label: t(
      '10kg 1포당 개인부담 (주거·교육급여 수급자, 차상위계층)',
      'own payment per 10 kg bag (housing and education benefit recipients, near-poor)',
    ),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 10000 }, sources: [bokjiro] }],
  },
];

const recipient = (id: string, ko: string, en: string): Criterion =>
  cmp(t(ko, en), receives(id, t(ko, en)), '==', lit(true));

export default defineProgram({
  id: 'WLF00000074',
  version: '2026.1',
  name: t('양곡할인', 'Discounted government rice for low-income households'),
  ministry: '농림축산식품부',
  bureau: '식량정책과',
  legalBasis: [t('양곡관리법', 'Grain Management Act')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'monthly',
  summary: t(
    '정부양곡 구입을 희망하는 기초생활수급자와 법정 차상위계층(한부모가족 지원대상 가구 포함)에게 복지용 쌀을 할인해 10kg 1포당 생계·의료급여 수급자 2,500원, 주거·교육급여 수급자와 차상위계층 10,000원에 공급합니다.',
    'NBLSS recipients and statutory near-poor households (single-parent support households included) who want government rice buy it at a discount: 2,500 won per 10 kg bag for livelihood and medical benefit recipients, 10,000 won for housing and education benefit recipients and the near-poor.',
  ),
  criteria: any(
    t('기초생활수급자 또는 법정 차상위계층', 'NBLSS recipient or statutory near-poor'),
    any(
      t(
        '기초생활수급자 (생계·의료·주거·교육급여)',
        'NBLSS recipient (livelihood, medical, housing or education benefit)',
      ),
      recipient('WLF00001132', '생계급여 수급', 'livelihood benefit recipient'),
      recipient('WLF00000102', '의료급여 수급', 'medical aid recipient'),
      recipient('WLF00003201', '주거급여 수급', 'housing benefit recipient'),
      recipient('WLF00001089', '교육급여 수급', 'education benefit recipient'),
    ),
    someMember(
      t(
        '법정 차상위계층 (본인부담 경감·장애(아동)수당·장애인연금·자활근로·차상위계층 자격확인)',
        'statutory near-poor (copay reduction, disability allowances or pension, self-sufficiency work, certificate)',
      ),
      cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
    ),
    someMember(
      t(
        '「한부모가족지원법」 제5조·제5조의2 지원대상자 가구',
        'a household supported under the Single-Parent Family Support Act art. 5 or 5-2',
      ),
      cmp(
        t('한부모가족 증명', 'single-parent family certificate'),
        fact('singleParentFamily'),
        '==',
        lit(true),
      ),
    ),
  ),
  benefit: {
    description: t(
      '복지용 쌀 할인 (구입은 희망하는 경우에만, 의무 아님): 10kg 1포당 개인부담 생계·의료급여 수급자 2,500원, 주거·교육급여 수급자와 차상위계층 10,000원',
      'Discounted welfare rice (bought only if wanted, never compulsory): own payment per 10 kg bag 2,500 won for livelihood and medical benefit recipients, 10,000 won for housing and education benefit recipients and the near-poor',
    ),
  },
  form: {
    schema: z.object({
      bagsPerMonth: z
        .number()
        .int()
        .min(1)
        .max(10)
        .meta({ label: t('희망 구입량 (10kg 포, 월)', 'bags wanted (10 kg, per month)') }),
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
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
