import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 긴급복지 교육지원 (WLF00001112), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001112&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「긴급복지 지원제도」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001112',
  version: '2026.1',
  name: t('긴급복지 교육지원', 'Emergency welfare education support'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('긴급복지지원법', 'Emergency Aid and Support Act')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'quarterly',
  summary: t(
    '긴급복지(생계지원, 주거지원, 사회복지시설 이용지원)를 받는 대상자 중 부가지원인 교육지원이 필요하다고 인정되는 초･중･고등학교 입학생 또는 재학생을 지원합니다.',
    'Supports primary, middle and high-school entrants or pupils in households receiving emergency support (livelihood, housing or welfare-facility support) who are recognised as needing additional education support.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '긴급복지 생계·주거·사회복지시설 이용지원 수급',
        'receives emergency livelihood, housing or facility support',
      ),
      cmp(
        t('긴급복지 생계지원 수급', 'receives emergency livelihood support'),
        receives('WLF00003180', t('긴급복지 생계지원 수급', 'receives emergency livelihood support')),
        '==',
        lit(true),
      ),
      cmp(
        t('긴급복지 주거지원 수급', 'receives emergency housing support'),
        receives('WLF00000917', t('긴급복지 주거지원 수급', 'receives emergency housing support')),
        '==',
        lit(true),
      ),
      cmp(
        t('긴급복지 사회복지시설 이용지원 수급', 'receives emergency welfare-facility support'),
        receives(
          'WLF00003229',
          t('긴급복지 사회복지시설 이용지원 수급', 'receives emergency welfare-facility support'),
        ),
        '==',
        lit(true),
      ),
    ),
    cmp(
      t('초·중·고등학교 입학생 또는 재학생', 'entrant or pupil of a primary, middle or high school'),
      fact('student', 'level'),
      'in',
      lit(['elementary', 'middle', 'high']),
    ),
    judgement(
      t('교육지원이 필요하다고 인정됨', 'recognised as needing education support'),
      t('담당 공무원 판단', 'caseworker decision'),
    ),
  ),
  benefit: {
    description: t(
      '초·중·고등학생 수업료·입학금·학교운영지원비 및 학용품비 지원 (분기별, 부가지원). 금액은 출처에 없음',
      'Tuition, entrance and school-operation fees and school supplies for pupils (quarterly, additional support). Amounts not given in the sources',
    ),
  },
  form: {
    schema: z.object({
      school: z
        .string()
        .min(1)
        .max(200)
        .meta({ label: t('학교명', 'school') }),
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
      { id: 'enrolment', label: t('재학증명서', 'certificate of enrolment'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2026-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000917', 'WLF00003180', 'WLF00003229'],
  parameters,
  cases,
});
