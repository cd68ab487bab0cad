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
  title: '복지로 4·19혁명공로수당 (WLF00006293), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006293&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「4·19혁명공로수당」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'aprilRevolutionMeritAllowance.monthly',
    label: t('4·19혁명공로수당 월 지급액', 'April 19 Revolution merit allowance, monthly'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 431000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006293',
  version: '2026.1',
  name: t('4·19혁명공로수당', 'April 19 Revolution merit allowance'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '4.19혁명공자를 대상으로 생활안정을 지원합니다.',
    'Supports the livelihood of persons of merit of the April 19 Revolution.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
      fact('veteran', 'isFamily'),
      '==',
      lit(false),
    ),
    any(
      t(
        '4·19혁명에 참가하여 건국포장을 받은 사람',
        'took part in the April 19 Revolution and received the Order of Merit for National Foundation medal (건국포장)',
      ),
      cmp(
        t('4·19혁명공로자로 등록', 'registered as an April 19 Revolution person of merit'),
        fact('veteran', 'category'),
        'in',
        lit(['4·19혁명공로자']),
      ),
      all(
        t('국가유공자로만 등록된 경우', 'registered only as a person of national merit'),
        cmp(
          t('보훈대상자 구분: 국가유공자', 'veteran category: person of national merit'),
          fact('veteran', 'category'),
          'in',
          lit(['국가유공자']),
        ),
        judgement(
          t(
            '4·19혁명 참가로 건국포장을 받은 4·19혁명공로자인지',
            'whether the person received the medal for taking part in the April 19 Revolution',
          ),
          t(
            '국가유공자 등록 구분 (4·19혁명공로자 여부)',
            'the registration type (April 19 Revolution merit or not)',
          ),
        ),
      ),
    ),
  ),
  benefit: {
    description: t('매월 431,000원의 수당 지급 (2024년 기준)', 'An allowance of 431,000 a month (2024)'),
    amount: (ctx) => {
      const amountKrw = ctx.param('aprilRevolutionMeritAllowance.monthly');
      return {
        amountKrw,
        lines: [{ label: t('4·19혁명공로수당 월액', 'monthly allowance'), value: amountKrw }],
      };
    },
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
