import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  noMember,
  type ParameterDefinition,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 한부모가족 공동 생활가정형(매입임대) 주거지원 (WLF00006284), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006284&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「한부모가족 주거 지원(주택분양·임대)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006284',
  version: '2026.1',
  name: t(
    '한부모가족 공동 생활가정형(매입임대) 주거지원',
    'Group-home rental housing for single-parent families',
  ),
  ministry: '성평등가족부',
  bureau: '가족지원과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: ['singleParent'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '저소득 무주택 한부모가족에게 임대보증금을 국비로 지원하는 공동생활가정형(매입임대) 주택을 저렴한 월세로 제공해 자립을 준비하도록 돕습니다 (2024년 14개 시도 운영).',
    'Low-income homeless single-parent families get group-home (purchased rental) housing with the deposit paid by the state and a low monthly rent, to prepare for self-reliance (14 provinces in 2024).',
  ),
  criteria: all(
    undefined,
    someMember(
      t('저소득 한부모가족 (한부모가족 증명)', 'low-income single-parent family (single-parent certificate)'),
      cmp(
        t('한부모가족 증명', 'single-parent family certificate'),
        fact('singleParentFamily'),
        '==',
        lit(true),
      ),
    ),
    noMember(
      t('무주택 (주택을 소유한 가구원 없음)', 'homeless (no member owns a home)'),
      cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
    ),
    judgement(
      t('입주 선정 (운영 지역·공실)', 'admission (operating region and vacancy)'),
      t(
        '운영 시도(서울·부산·대구·인천·광주·대전·경기·강원·충북·충남·전북·경북·경남·제주) 거주와 입주 선정 (운영기관)',
        'residence in an operating province and the operator’s admission decision',
      ),
    ),
  ),
  benefit: {
    description: t(
      '임대보증금 국비 지원, 저렴한 월세의 공동생활가정형 주거 (거주지 읍면동 또는 운영기관 신청)',
      'deposit paid by the state and low-rent group-home housing (apply at the local office or the operator)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
