import { all, any, cmp, defineProgram, fact, judgement, lit, receives, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 취업취약계층 고용지원 사업 (WLF00001172), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001172&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「정부지원 일자리 제공」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00001172',
  version: '2026.1',
  name: t('취업취약계층 고용지원 사업', 'Employment support for job-seekers facing barriers'),
  ministry: '고용노동부',
  bureau: '고용서비스정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '취업에 어려움을 겪는 취약계층에게 전문심리상담과 집단상담, 취업특강 등 구직자 취업역량강화 프로그램을 제공하여 자신감 회복, 직업선택, 구직기술 향상 등을 효과적으로 지원합니다.',
    'Offers vulnerable job-seekers who struggle to find work professional counselling, group counselling and job talks, to rebuild confidence, choose a job and improve job-search skills.',
  ),
  criteria: all(
    undefined,
    cmp(t('구직자 (구직 등록)', 'job-seeker (registered)'), fact('jobSeeker'), '==', lit(true)),
    any(
      t(
        '취업취약계층 (저소득층·여성가장·장애인·고령자·북한이탈주민·결혼이주자 등)',
        'group facing barriers to work (low income, female breadwinners, disabled, older people, North Korean defectors, marriage migrants, …)',
      ),
      cmp(t('차상위계층', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      cmp(
        t('생계급여 수급 가구 (저소득층)', 'household receives the livelihood benefit (low income)'),
        receives(
          'WLF00001132',
          t('생계급여 수급 가구 (저소득층)', 'household receives the livelihood benefit (low income)'),
        ),
        '==',
        lit(true),
      ),
      cmp(
        t('의료급여 수급 가구 (저소득층)', 'household receives the medical aid (low income)'),
        receives(
          'WLF00000102',
          t('의료급여 수급 가구 (저소득층)', 'household receives the medical aid (low income)'),
        ),
        '==',
        lit(true),
      ),
      cmp(
        t('주거급여 수급 가구 (저소득층)', 'household receives the housing benefit (low income)'),
        receives(
          'WLF00003201',
          t('주거급여 수급 가구 (저소득층)', 'household receives the housing benefit (low income)'),
        ),
        '==',
        lit(true),
      ),
      cmp(
        t('교육급여 수급 가구 (저소득층)', 'household receives the education benefit (low income)'),
        receives(
          'WLF00001089',
          t('교육급여 수급 가구 (저소득층)', 'household receives the education benefit (low income)'),
        ),
        '==',
        lit(true),
      ),
      cmp(t('장애인', 'disabled person'), fact('disability'), '==', lit(true)),
      cmp(t('북한이탈주민', 'North Korean defector'), fact('northKoreanDefector'), '==', lit(true)),
      cmp(
        t('결혼이주자 (다문화가족)', 'marriage migrant (multicultural family)'),
        fact('multiculturalFamily'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '여성가장·고령자·장기실업자 등 그 밖의 취업취약계층',
          'other groups facing barriers (female breadwinners, older people, long-term unemployed, …)',
        ),
        t(
          '취업취약계층 해당 여부 (고용센터 상담)',
          'whether the person belongs to a group facing barriers (job centre)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '전문심리상담, 집단상담, 취업특강 등 구직자 취업역량 강화 프로그램 (고용센터)',
      'Professional counselling, group counselling, job talks and other job-readiness programmes (job centres)',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters: [],
  cases,
});
