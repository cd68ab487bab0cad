import { all, cmp, defineProgram, fact, judgement, lit, not, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인 등록 신청 (WLF00006294), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006294&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「장애인 등록신청」', status: 'official' };

export default defineProgram({
  id: 'WLF00006294',
  version: '2026.1',
  name: t('장애인 등록 신청', 'Disability registration application'),
  ministry: '보건복지부',
  bureau: '장애인정책과',
  legalBasis: [t('장애인복지법 제32조', 'Act on Welfare of Persons with Disabilities art. 32')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['disability'],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '장애인복지법 제32조에 따라 본인, 법정대리인 또는 보호자가 거주지 읍,면,동 행정복지센터에 장애인 등록을 신청할 수 있습니다.',
    'Under art. 32 of the Act on Welfare of Persons with Disabilities, the person, a legal representative or a carer may apply for disability registration at the local community centre.',
  ),
  criteria: all(
    undefined,
    not(
      t('장애인으로 등록되어 있지 않음 (신규 등록)', 'not yet registered as disabled (new registration)'),
      cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    ),
    judgement(
      t(
        '지체·시각·청각·언어·지적장애 등으로 일상생활이나 사회생활에 제약 (장애정도 심사)',
        'daily or social life restricted by a physical, visual, hearing, speech, intellectual or other disability (disability assessment)',
      ),
      t(
        '장애정도 심사용 진단서와 국민연금공단 장애정도 심사',
        'medical certificate for the assessment and the National Pension Service disability assessment',
      ),
    ),
  ),
  benefit: {
    description: t(
      '장애정도 심사 후 장애인 등록, 장애인등록증(복지카드) 발급과 국가·지자체 복지서비스 연계',
      'After the disability assessment: registration, a disability card and access to national and local services',
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
  parameters: [],
  cases,
});
