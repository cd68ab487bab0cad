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
  title: '복지로 가정폭력상담소 운영지원 (WLF00001077), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001077&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「가정폭력 피해자 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001077',
  version: '2026.1',
  name: t('가정폭력상담소 운영지원', 'Domestic violence counselling centres'),
  ministry: '성평등가족부',
  bureau: '가정폭력스토킹방지과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '가정폭력·스토킹·교제폭력 피해자와 동반가족을 상담하고 임시보호하며 의료기관, 법률기관, 피해자 보호시설로 연계합니다.',
    'Victims of domestic violence, stalking or dating violence and the family members with them get counselling and temporary protection and are referred to medical, legal and shelter services.',
  ),
  criteria: someMember(
    t(
      '가정폭력·스토킹 피해자 (본인 또는 동반가족)',
      'a victim of domestic violence or stalking (the person or a family member with them)',
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
      '피해신고·상담, 임시보호, 의료기관 연계 (가정폭력 상담소); 보호시설 연계',
      'reporting and counselling, temporary protection, medical referrals (counselling centres); shelter referrals',
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
