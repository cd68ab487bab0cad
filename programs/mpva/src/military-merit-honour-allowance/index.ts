import {
  all,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 무공영예수당 (WLF00000050), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000050&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「무공영예수당」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'militaryMeritHonourAllowance.minAge',
    label: t('무공영예수당 지급 연령 (만 나이 이상)', 'Military Merit Honour Allowance minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet] }],
  },
  {
    id: 'militaryMeritHonourAllowance.monthlyByDecoration',
    label: t('무공영예수당 훈격별 월 지급액', 'monthly allowance by decoration'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: { taegeuk: 500000, eulji: 495000, chungmu: 490000, hwarang: 485000, inheon: 480000 },
        },
        sources: [booklet],
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000050',
  version: '2026.1',
  name: t('무공영예수당', 'Military Merit Honour Allowance'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '무공수훈자에게 수당을 지급하여 생활안정과 복지향상을 도모합니다.',
    'Pays an allowance to holders of military merit decorations to stabilise their lives and improve their welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '무공훈장(태극·을지·충무·화랑·인헌) 수여자',
        'holder of a military merit decoration (Taegeuk, Eulji, Chungmu, Hwarang, Inheon)',
      ),
      fact('veteran', 'category'),
      'in',
      lit(['무공수훈자']),
    ),
    cmp(
      t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
      fact('veteran', 'isFamily'),
      '==',
      lit(false),
    ),
    cmp(
      t('만 60세 이상', 'aged 60 or over'),
      v('person.age'),
      '>=',
      param('militaryMeritHonourAllowance.minAge'),
    ),
  ),
  benefit: {
    description: t(
      '훈격에 따라 매월 지급: 태극 500,000원, 을지 495,000원, 충무 490,000원, 화랑 485,000원, 인헌 480,000원 (2024년 기준; 훈격 자료가 없어 금액은 산정하지 않음)',
      'Monthly by decoration: Taegeuk 500,000, Eulji 495,000, Chungmu 490,000, Hwarang 485,000, Inheon 480,000 (2024; not computed, as the decoration grade is not in the data)',
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
