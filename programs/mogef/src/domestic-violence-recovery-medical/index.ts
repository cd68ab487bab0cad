import {
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 가정폭력피해자 치료회복 프로그램 및 의료비지원 (WLF00001105), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001105&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「가정폭력 피해자 치료회복 프로그램 및 의료비 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001105',
  version: '2026.1',
  name: t(
    '가정폭력피해자 치료회복 프로그램 및 의료비지원',
    'Recovery programmes and medical costs for domestic violence victims',
  ),
  ministry: '성평등가족부',
  bureau: '친밀관계폭력방지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '가정폭력 피해자와 동반자녀에게 의료비(본인부담액과 건강보험·의료급여 비적용 진료비)를 지원하고, 심리안정과 사회적응을 위한 상담·치료회복 프로그램을 제공합니다.',
    'Domestic violence victims and their children get medical costs (copayments and care not covered by health insurance or medical aid) and counselling and recovery programmes.',
  ),
  criteria: someMember(
    t(
      '가정폭력 피해자 (본인 또는 동반자녀의 보호자)',
      'a domestic violence victim (the person or the parent they are with)',
    ),
    cmp(
      t(
        '가정폭력·성폭력·학대 등 폭력 피해 (위기사유)',
        'victim of domestic or sexual violence or abuse (crisis record)',
      ),
      fact('crisis', 'kind'),
      'in',
      lit(['violence', 'abuse']),
    ),
  ),
  benefit: {
    description: t(
      '의료비 지원(치료비 본인부담액, 비급여 진료비; 영수증과 피해 상담사실 확인서로 청구), 상담 및 치료회복 프로그램',
      'medical costs (copayments and non-covered care; claimed with receipts and a counselling certificate), counselling and recovery programmes',
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
      {
        id: 'counsellingCertificate',
        label: t('가정폭력 피해 상담사실 확인서', 'certificate of domestic-violence counselling'),
        required: false,
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
