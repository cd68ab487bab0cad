import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 여성기업 판로지원 (WLF00000922), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000922&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「여성기업 판로역량 강화지원」',
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
    'womenMarketAccess.homeShoppingPerFirm',
    ['홈쇼핑 입점 지원 (기업당 이내)', 'home-shopping support per firm'],
    'krw',
    10000000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'womenMarketAccess.snsPerFirm',
    ['SNS 광고영상 제작비 (기업당 최대)', 'social-media video support per firm'],
    'krw',
    2000000,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00000922',
  version: '2026.1',
  name: t('여성기업 판로지원', 'Market access support for women-owned businesses'),
  ministry: '중소벤처기업부',
  bureau: '중소기업제도과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'service',
  cycle: 'once',
  summary: t(
    '여성기업의 판로 및 수출 지원을 통해 여성기업의 경쟁력 강화를 도모합니다.',
    'Strengthens women-owned businesses through support for sales channels and exports.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('여성 (여성기업 대표·예비창업자)', 'woman (owner of a women-owned business or would-be founder)'),
      v('person.sex'),
      '==',
      lit('F', t('여성', 'female')),
    ),
    judgement(
      t(
        '소비재를 생산·판매하는 여성기업, 공고·선정',
        'a women-owned business making or selling consumer goods, selected after a call',
      ),
      t('여성기업 확인·모집 선정 (한국여성경제인협회)', 'women-owned business check and selection'),
    ),
  ),
  benefit: {
    description: t(
      '대형유통사 MD 상담회, 판로역량 강화교육, 공영홈쇼핑 입점 컨설팅·방송 수수료(기업당 1천만 원 이내), SNS 광고영상 제작비(기업당 최대 2백만 원)',
      'Buyer meetings with major retailers, sales-channel training, public home-shopping entry consulting and fees (up to KRW 10,000,000 per firm), social-media video production (up to 2,000,000 per firm)',
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
