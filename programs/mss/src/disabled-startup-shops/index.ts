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
  title: '복지로 장애인 창업점포 지원사업 (WLF00003170), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003170&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 창업점포 지원사업」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'disabledStartupShops.maxDeposit',
    ['임차보증금 지원 한도', 'maximum lease deposit'],
    'krw',
    130000000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'disabledStartupShops.maxYears',
    ['지원 기간 (년, 최장)', 'support period (years, at most)'],
    'years',
    5,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'disabledStartupShops.earlyStageYears',
    ['초기창업자 기준 (창업 년 미만)', 'early-stage founders (years since start-up, fewer than)'],
    'years',
    3,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00003170',
  version: '2026.1',
  name: t('장애인 창업점포 지원사업', 'Shop premises for start-ups by people with disabilities'),
  ministry: '중소벤처기업부',
  bureau: '소상공인정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'other',
  cycle: 'semiannual',
  summary: t(
    '창업의지가 있는 장애인 예비창업자 및 재창업자(업종전환희망자)에게 창업공간을 지원하여 경제적 자립을 돕습니다.',
    'Provides shop premises to disabled would-be founders and re-starters (including those changing trade), to help them become economically independent.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '장애인 (국가유공자 중 상이자 포함)',
        'person with a disability (including wounded national merit holders)',
      ),
      cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
      all(
        t('보훈대상자 (상이자)', 'veteran (wounded)'),
        cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
        judgement(
          t('국가유공자 중 상이자', 'a wounded national merit holder'),
          t('보훈 구분·상이 등급 (국가보훈부)', 'veterans’ category and injury grade (MPVA)'),
        ),
      ),
    ),
    judgement(
      t(
        '장애인 창업교육 이수, 예비창업자·재창업자(업종전환)·초기창업자(3년 미만), 지원제외업종·비영리사업자 아님',
        'completed the disability start-up course; a would-be founder, re-starter (changing trade) or early-stage founder (under 3 years); not an excluded trade or non-profit',
      ),
      t(
        '교육 이수증, 서류·면접 심사 (장애인기업종합지원센터)',
        'course certificate, document and interview review',
      ),
    ),
  ),
  benefit: {
    description: t(
      '창업점포 임차보증금 지원(최대 1억 3천만 원, 최장 5년; 중개수수료·권리금·관리비·월세·인테리어는 본인 부담), 서비스업·도소매·음식업 등 입지 중심형 업종',
      'Pays the lease deposit on a shop (up to KRW 130,000,000, for up to 5 years; agency fees, key money, service charges, rent and fit-out are the founder’s), for location-based trades such as services, retail and food',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
