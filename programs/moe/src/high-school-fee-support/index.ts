import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  receives,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 초중고 교육비 지원사업(고교학비 지원) (WLF00001103), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001103&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「고교학비 지원」', status: 'official' };

/** Any NBLSS benefit (생계·의료·주거·교육급여) received in the household. */
const nblssAny = () =>
  any(
    t(
      '기초생활수급 가구 (생계·의료·주거·교육급여)',
      'NBLSS recipient household (livelihood, medical, housing or education benefit)',
    ),
    cmp(
      t('생계급여 수급', 'livelihood benefit recipient'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('주거급여 수급', 'housing benefit recipient'),
      receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('교육급여 수급', 'education benefit recipient'),
      receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
      '==',
      lit(true),
    ),
  );

const nearPoorMember = () =>
  someMember(
    t('가구원 중 차상위계층 확인', 'a member is certified near-poor (차상위)'),
    cmp(t('차상위계층', 'near-poor'), fact('nearPoor'), '==', lit(true)),
  );

const singleParentMember = () =>
  someMember(
    t('한부모가족 (한부모·조손가족 증명)', 'single-parent or grandparent family (certificate)'),
    cmp(
      t('한부모가족 증명', 'single-parent family certificate'),
      fact('singleParentFamily'),
      '==',
      lit(true),
    ),
  );

export default defineProgram({
  id: 'WLF00001103',
  version: '2026.1',
  name: t('초중고 교육비 지원사업(고교학비 지원)', 'High-School Fee Support'),
  ministry: '교육부',
  bureau: '학생지원총괄과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '형편이 어려운 저소득층 가정의 자녀에게 교육의 기회를 보장하기 위해서 학비를 지원합니다.',
    'Pays school costs for children of low-income families who struggle to afford them, to guarantee their chance of education.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('고등학교 재학', 'enrolled in high school'),
      fact('student', 'level'),
      '==',
      lit('high', t('고등학교', 'high school')),
    ),
    any(
      t(
        '저소득가구 (기초생활수급자·한부모가족·차상위계층 등)',
        'low-income household (NBLSS recipients, single-parent families, near-poor, …)',
      ),
      nblssAny(),
      nearPoorMember(),
      singleParentMember(),
      judgement(
        t(
          '그 밖에 시도교육청 기준에 따른 저소득가구',
          'another low-income household under the provincial education office’s criteria',
        ),
        t(
          '시도교육청 지원 기준 (소득·재산)',
          'the provincial education office’s criteria (income and assets)',
        ),
      ),
    ),
    judgement(
      t(
        '무상교육이 적용되지 않는 고등학교 재학',
        'attends a high school not covered by free high-school education',
      ),
      t('재학 학교의 무상교육 적용 여부', 'whether the school is covered by free high-school education'),
    ),
  ),
  benefit: {
    description: t(
      '고등학교 입학금, 수업료, 학교운영지원비 지원 (시도교육청 기준에 따라 대상 범위 상이)',
      'High-school entrance fee, tuition and school operating fees (coverage varies by provincial education office)',
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
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters: [],
  cases,
});
