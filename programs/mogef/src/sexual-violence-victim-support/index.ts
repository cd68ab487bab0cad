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
  title: '복지로 성폭력피해자 지원사업 (WLF00001166), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001166&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「성폭력 피해자 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001166',
  version: '2026.1',
  name: t('성폭력피해자 지원사업', 'Support for victims of sexual violence'),
  ministry: '성평등가족부',
  bureau: '성폭력방지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '성폭력 피해자(스토킹 피해자 포함)에게 상담, 보호시설 숙식, 의료·법률 지원 연계, 치료회복 프로그램 등을 제공해 피해 회복을 지원합니다.',
    'Victims of sexual violence (and stalking) get counselling, shelter with room and board, medical and legal referrals and recovery programmes.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '가정폭력·성폭력·학대 등 폭력 피해 (위기사유)',
        'victim of domestic or sexual violence or abuse (crisis record)',
      ),
      fact('crisis', 'kind'),
      'in',
      lit(['violence', 'abuse']),
    ),
    judgement(
      t('성폭력(스토킹) 피해', 'victim of sexual violence or stalking'),
      t(
        '성폭력·스토킹 피해 여부 (성폭력상담소·해바라기센터 확인)',
        'whether the violence was sexual violence or stalking (counselling centre / Sunflower centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '상담소(상담, 보호시설·의료·법률 연계), 보호시설(상담·보호·숙식·학업·자립), 의료비 등(신체·정신적 치료), 치료회복 프로그램(집단상담·미술심리치료·인지행동치료·심신회복캠프)',
      'counselling centres (counselling and referrals), shelters (protection, room and board, study, self-reliance), medical costs (physical and mental treatment), recovery programmes (group counselling, art therapy, CBT, healing camps)',
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
