import {
  all,
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
  title: '복지로 장기요양급여 이용지원 (WLF00001170), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001170&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「민간 노인 장기요양급여 이용지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransLongTermCareSupport.copaySupportShare',
    label: t('장기요양 본인부담금 지원 비율', 'share of the long-term-care copay covered'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { patriotOrWounded: 0.8, others: 0.4, othersMedicalAidOrReduced: 0.6 },
        },
        sources: [booklet],
        note: '독립유공자·상이유공자 80%; 그 외 유공자·배우자·부모(유족) 40% (의료급여수급자·감경대상자 60%); 장애등급 판정 고엽제후유의증환자·참전유공자 60% (의료급여수급자·감경대상자)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001170',
  version: '2026.1',
  name: t('장기요양급여 이용지원', 'Long-term care benefit support for veterans'),
  ministry: '국가보훈부',
  bureau: '복지서비스과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '요양등급 판정을 받은 저소득 고령 국가유공자 등에 대하여 재가요양기관이나 장기요양기관 등의 서비스 이용에 따른 본인부담금의 일부를 지원합니다.',
    'Pays part of the copayment for home-care or long-term-care services used by low-income elderly persons of national merit and others who have a long-term-care grade.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '국가유공자 등 보훈대상자 (배우자·부모 유족 포함)',
        'person of national merit or other veteran (spouse and parents among the bereaved included)',
      ),
      fact('veteran'),
      '==',
      lit(true),
    ),
    cmp(
      t('장기요양등급(1~5등급·인지지원등급) 판정', 'long-term-care grade (1–5 or cognitive support)'),
      fact('longTermCareGrade'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '국가보훈부가 정한 생활수준 기준에 해당하고 민간 장기요양기관에서 장기요양급여를 받음',
        'within the veterans ministry’s living-standard criteria and receiving long-term care from a private provider',
      ),
      t(
        '생활수준 조사와 이용 기관 (국가보훈부)',
        'living-standard survey and the care provider (veterans ministry)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '장기요양급여 본인부담금 일부 지원: 독립유공자·상이유공자 80%, 그 외 유공자·배우자·부모(유족) 40% (의료급여수급자·감경대상자 60%), 장애등급 판정 고엽제후유의증환자·참전유공자 60% (의료급여수급자·감경대상자)',
      'Part of the long-term-care copay: 80% for independence patriots and the wounded; 40% for other persons of merit, spouses and parents (60% for medical-aid recipients and reduced-copay users); 60% for graded Agent Orange after-effect patients and war veterans who are medical-aid or reduced-copay users',
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
