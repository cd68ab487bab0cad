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
  title: '복지로 사망일시금 (WLF00003203), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003203&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가유공자 등 사망일시금」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransDeathLumpSum.amount',
    label: t('사망일시금 (대상별)', 'death lump sum (by group)'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            base: 1127000,
            independencePatriotMax: 3268000,
            independenceBereavedMax: 2261000,
            woundedMax: 1704000,
          },
        },
        sources: [booklet],
        note: '독립유공자 본인(훈격별) 112만 7천~326만 8천 원, 독립유공자 유족(훈격별) 112만 7천~226만 1천 원, 상이군경(상이등급별) 112만 7천~170만 4천 원, 재일학도의용군·보상금 종결 유족 112만 7천 원',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003203',
  version: '2026.1',
  name: t('사망일시금', 'Death lump sum for persons of national merit'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '독립(국가)유공자, 보훈보상대상자 및 그 유족이 사망한 경우 생활 안정과 복지 향상을 위하여 사망일시금을 지원합니다.',
    'Pays a death lump sum when an independence patriot, person of national merit or veterans-compensation beneficiary (or a bereaved member receiving compensation) dies, to stabilise the family’s life.',
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
    cmp(
      t('유족으로 등록', 'registered as a bereaved family member'),
      fact('veteran', 'isFamily'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '보상금을 받던 유공자 또는 유족이 사망하여 보상금 지급순위에 따른 유족(또는 사망 당시 생활을 같이 하던 친족 중 상속인)이 됨; 보상금을 받던 유족의 사망은 보상금 종결 시에만',
        'a compensation recipient (or a bereaved member receiving compensation) died and the person is next in line (or the heir among relatives living with them); for a bereaved recipient, only when the compensation ends',
      ),
      t(
        '사망한 보상금 수급자와 지급 순위 (국가보훈부)',
        'the deceased recipient and the order of entitlement (veterans ministry)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '대상에 따라 1,127,000원 ~ 3,268,000원의 사망일시금 지급: 독립유공자 본인 1,127,000~3,268,000원, 독립유공자 유족 1,127,000~2,261,000원, 상이군경 1,127,000~1,704,000원, 재일학도의용군·보상금 종결 유족 1,127,000원 (2024년 기준)',
      'A death lump sum of 1,127,000 to 3,268,000 by group: independence patriots 1,127,000–3,268,000, their bereaved 1,127,000–2,261,000, wounded soldiers and police 1,127,000–1,704,000, Korean-Japanese student volunteers and bereaved whose compensation ends 1,127,000 (2024)',
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
