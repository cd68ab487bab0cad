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
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 영주귀국정착금 (WLF00001127), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001127&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「영주귀국정착금」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'permanentReturnSettlementGrant.grant',
    label: t('영주귀국정착금', 'settlement grant'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            patriot: 153000000,
            singleHeadBereaved: 153000000,
            multiHeadNoFamily: 89000000,
            multiHeadFamily2to3: 128000000,
            multiHeadFamily4plus: 153000000,
          },
        },
        sources: [booklet],
        note: '애국지사 1억 5,300만 원; 세대주 유족 1명 1억 5,300만 원; 세대주 유족 2명 이상: 세대주 외 가족 없음 8,900만 원, 배우자·직계가족 2~3명 1억 2,800만 원, 4명 이상 1억 5,300만 원',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00001127',
  version: '2026.1',
  name: t('영주귀국정착금', 'Settlement grant for independence patriots’ permanent return'),
  ministry: '국가보훈부',
  bureau: '보훈기록관리과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '일제강점기 독립운동을 위해 국외로 망명하였다가 국내로 영주 귀국하는 독립유공자와 그 유족이 안정적으로 국내에 정착할 수 있도록 지원합니다.',
    'Helps independence patriots and their bereaved families who went into exile abroad for the independence movement under Japanese rule to settle stably when they return permanently to Korea.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('보훈대상자 구분: 독립유공자', 'veteran category: independence patriot'),
      fact('veteran', 'category'),
      'in',
      lit(['독립유공자']),
    ),
    cmp(
      t('대한민국 국적 (귀국 후 취득)', 'Korean nationality (acquired after return)'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    any(
      t(
        '애국지사 본인 또는 유족 중 세대주',
        'the patriot in person, or a bereaved member who heads the household',
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
      all(
        t('유족 중 세대주', 'bereaved member heading the household'),
        cmp(
          t(
            '독립유공자의 유족 (배우자·자녀·손자녀·며느리)',
            'bereaved family of the patriot (spouse, child, grandchild, daughter-in-law)',
          ),
          fact('veteran', 'isFamily'),
          '==',
          lit(true),
        ),
        cmp(t('세대주', 'head of household'), v('person.relation'), '==', lit('head', t('세대주', 'head'))),
      ),
    ),
    judgement(
      t(
        '일제강점기에 국외로 망명했다가 해외에서 거주하다가 영주 귀국',
        'went into exile under Japanese rule, lived abroad, and returned permanently',
      ),
      t(
        '망명·해외 거주·영주귀국 경위 (국가보훈부)',
        'exile, residence abroad and permanent return (veterans ministry)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '애국지사 153,000,000원; 유족 중 세대주: 세대주인 유족이 1명이면 153,000,000원, 2명 이상이면 가족 수에 따라 89,000,000원·128,000,000원·153,000,000원 (2024년 기준)',
      'Patriots 153,000,000; bereaved heads of household: 153,000,000 when there is one, otherwise 89,000,000, 128,000,000 or 153,000,000 by family size (2024)',
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
