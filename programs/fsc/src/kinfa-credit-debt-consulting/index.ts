import {
  any,
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

const catalogue: Source = {
  title: '복지로 서민금융진흥원 신용･부채관리 컨설팅 (WLF00006277), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006277&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006277',
  version: '2026.1',
  name: t('서민금융진흥원 신용･부채관리 컨설팅', 'KINFA credit and debt management consulting'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'service',
  cycle: 'once',
  summary: t(
    '정책서민금융상품 이용자 등을 대상으로 금융전문가가 1:1 금융 주치의가 되어 신용·부채 상태를 진단하고 상담까지 진행하는 맞춤형 무료 컨설팅을 지원합니다.',
    'Free, tailored consulting in which a financial expert acts as a one-to-one “financial doctor” for users of policy inclusive-finance products and others, diagnosing their credit and debt and counselling them.',
  ),
  criteria: any(
    t('정책서민금융상품 이용자 등', 'users of policy inclusive-finance products and others'),
    cmp(
      t('햇살론일반 이용자', 'Sunshine Loan general user'),
      receives('WLF00006274', t('햇살론일반 이용', 'uses Sunshine Loan general'), 'person'),
      '==',
      lit(true),
    ),
    cmp(
      t('햇살론유스 이용자', 'Sunshine Loan Youth user'),
      receives('WLF00001076', t('햇살론유스 이용', 'uses Sunshine Loan Youth'), 'person'),
      '==',
      lit(true),
    ),
    cmp(
      t('불법사금융예방대출 이용자', 'illegal-lending prevention loan user'),
      receives('WLF00006268', t('불법사금융예방대출 이용', 'uses illegal-lending prevention loan'), 'person'),
      '==',
      lit(true),
    ),
    cmp(
      t('미소금융 이용자', 'Miso microcredit user'),
      receives('WLF00006269', t('미소금융 이용', 'uses Miso microcredit'), 'person'),
      '==',
      lit(true),
    ),
    judgement(
      t('그 밖의 컨설팅 희망자 (상담 예약)', 'anyone else who wants consulting (by appointment)'),
      t('서민금융진흥원 상담 예약 (☎1397)', 'KINFA appointment'),
    ),
  ),
  benefit: {
    description: t(
      '금융전문가가 1:1 금융 주치의가 되어 신용·부채 상태를 진단하고 상담까지 진행하는 맞춤형 무료 컨설팅',
      'Free one-to-one consulting: a financial expert diagnoses credit and debt and counsels the person',
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
  sources: [catalogue],
  fidelity: 'summary',
  openToAll: t(
    '대상이 "정책서민금융상품 이용자 등"으로 예시되어 있을 뿐 제외되는 사람이 없는 무료 상담',
    'a free counselling service whose target ("users of policy inclusive-finance products and others") only gives examples and excludes no one',
  ),
  dependsOn: ['WLF00006274', 'WLF00001076', 'WLF00006268', 'WLF00006269'],
  parameters,
  cases,
});
