import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 방과후학교 자유수강권 (WLF00000867) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000867&wlfareInfoReldBztpCd=01',
  status: 'official',
};

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

const SCHOOL = ['elementary', 'middle', 'high'];
const inSchool = () =>
  cmp(
    t('초·중·고등학교 재학', 'enrolled in elementary, middle or high school'),
    fact('student', 'level'),
    'in',
    lit(SCHOOL, t('초·중·고', 'elementary, middle or high')),
  );

const parameters: ParameterDefinition[] = [
  {
    id: 'afterSchoolFreeVoucher.incomeShare',
    label: {
      ko: '2순위 소득 기준 범위 (기준 중위소득 대비, 이내)',
      en: 'second-priority income range (share of the median, within)',
    },
    unit: 'ratio',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 1 },
        sources: [bokjiro],
        note: '시·도교육청 운영 계획 등에 따라 중위소득 기준 조정 가능, 예산 범위 내 선정',
      },
    ],
  },
  {
    id: 'afterSchoolFreeVoucher.annualAmount',
    label: {
      ko: '방과후학교 자유수강권 (1인당 연간, 내외)',
      en: 'after-school voucher (per student per year, approximately)',
    },
    unit: 'krw/year',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 600000 }, sources: [bokjiro] }],
  },
];

export default defineProgram({
  id: 'WLF00000867',
  version: '2026.1',
  name: t('방과후학교 자유수강권', 'After-School Programme Free Voucher'),
  ministry: '교육부',
  bureau: '방과후돌봄정책과',
  legalBasis: [t('초ㆍ중등교육법', 'Elementary and Secondary Education Act')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['multicultural', 'lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '초·중·고 재학생 중 기초생활수급자·한부모가정·법정 차상위(1순위), 기준 중위소득 100% 범위 내 시도교육청이 정하는 소득 기준 가구(2순위), 학교장 추천자(3순위), 난민 등에게 방과후학교 프로그램 수강료를 1인당 연간 60만원 내외 지원합니다.',
    'Elementary, middle and high-school students — first NBLSS recipients, single-parent families and the statutory near-poor, then households within the provincial office’s income limit (up to 100% of the median), then those recommended by the principal, and refugees — get after-school class fees of about 600,000 a year.',
  ),
  criteria: all(
    undefined,
    inSchool(),
    any(
      t('지원 대상 (순위별)', 'who is supported (by priority)'),
      any(
        t(
          '1순위 우선지원대상자 (기초생활수급자·한부모가정·법정 차상위)',
          'first priority (NBLSS recipients, single-parent families, statutory near-poor)',
        ),
        nblssAny(),
        singleParentMember(),
        nearPoorMember(),
      ),
      all(
        t('2순위 소득에 따른 지원 대상자', 'second priority: by income'),
        cmp(
          t(
            '가구 소득인정액이 기준 중위소득 100% 이내',
            'household income-recognized amount within 100% of the median',
          ),
          v('household.incomeRecognized.nblss'),
          '<=',
          mul(
            t('기준 중위소득 × 100%', 'median income × 100%'),
            param('median.income', { by: 'household.size' }),
            param('afterSchoolFreeVoucher.incomeShare'),
          ),
        ),
        judgement(
          t(
            '시도교육청의 중위소득 기준·예산 범위 내 선정',
            'selected within the provincial office’s income limit and budget',
          ),
          t(
            '시도교육청 운영 계획의 지원 중위소득 기준과 예산 범위 내 선정 결과',
            'the provincial office’s income limit in its plan and its selection within the budget',
          ),
        ),
      ),
      judgement(
        t(
          '3순위 학교장 추천 (증빙이 곤란한 경제적 어려움, 담임교사 추천)',
          'third priority: recommended by the principal (hardship hard to prove, homeroom teacher’s referral)',
        ),
        t('담임교사 추천과 학교장 추천 결정', 'the homeroom teacher’s referral and the principal’s decision'),
      ),
      judgement(
        t(
          '기타: 법무부장관이 추천하는 난민 인정자 또는 그 자녀, 육아기 근로시간 단축 활용 가정 자녀 등',
          'other: recognised refugees recommended by the Minister of Justice or their children, children of parents on reduced working hours for childcare, …',
        ),
        t(
          '법무부장관 추천 또는 시도교육청이 정한 기타 대상 해당 여부',
          'the Minister’s recommendation or the office’s other groups',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '방과후학교 프로그램 등을 수강한 경우 1인당 연간 60만원 내외 지원 (선정되고 신청·수강한 경우에만; 수강하지 않으면 미지원). 초등돌봄교육(초등), 방과후학교(중등), 방과후 보육료, 토요프로그램에 활용 가능',
      'About 600,000 a year per student for after-school classes actually taken (only when selected and enrolled; nothing if no class is taken). Usable for elementary care classes, secondary after-school classes, after-school daycare fees and Saturday programmes',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('afterSchoolFreeVoucher.annualAmount');
      return {
        amountKrw,
        lines: [
          {
            label: t(
              '자유수강권 (연간, 내외; 수강 시)',
              'voucher (yearly, approximately; when classes are taken)',
            ),
            value: amountKrw,
          },
        ],
      };
    },
  },
  form: {
    schema: z.object({
      schoolName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('재학 학교명', 'school name') }),
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
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
