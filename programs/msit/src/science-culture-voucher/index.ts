import {
  all,
  any,
  type Criterion,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
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
  title: '복지로 과학문화 바우처 지원 (WLF00004658) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004658&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [
    { from: '2026-01-01', value: { type: 'scalar', value }, sources: [bokjiro], ...(note ? { note } : {}) },
  ],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'scienceCultureVoucher.bornBy',
    [
      '대상 출생연도 (이 해 12월 31일 이전 출생, 6세 이상)',
      'born on or before 31 December of (aged 6 or over)',
    ],
    'years',
    2019,
    '6세 이상 (2019.12.31 이전 출생자)',
  ),
  scalar(
    'scienceCultureVoucher.amount',
    ['제공금액 (온라인 포인트)', 'amount (online points)'],
    'krw',
    100_000,
  ),
  scalar(
    'scienceCultureVoucher.usageMonths',
    ['사용기간 (발행일부터)', 'period of use (from issue)'],
    'months',
    3,
    '사용기간 이후 잔여포인트 소멸',
  ),
];

const recipient = (id: string, ko: string, en: string): Criterion =>
  cmp(t(ko, en), receives(id, t(ko, en)), '==', lit(true));
const schoolLevels = lit(
  ['elementary', 'middle', 'high'],
  t('초·중·고', 'elementary, middle or high school'),
);

export default defineProgram({
  id: 'WLF00004658',
  version: '2026.1',
  name: t('과학문화 바우처 지원', 'Science culture voucher'),
  ministry: '과학기술정보통신부',
  bureau: '과학기술문화과',
  legalBasis: [t('과학기술기본법', 'Framework Act on Science and Technology')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome'],
  provision: 'voucher',
  cycle: 'once',
  summary: t(
    '6세 이상(2019.12.31 이전 출생) 기초생활수급자·차상위계층·법정한부모가족 중 학령기 학생(초·중·고)과 같은 연령의 신청자, 그 부모, 바우처 이용 경험이 없는 신규 수급자·차상위계층에게 과학교구·도서를 살 수 있는 온라인 포인트 10만원을 지급합니다.',
    'NBLSS recipients, near-poor people and statutory single-parent families aged 6 or over (born by 2019) — school-age students or applicants of the same age, their parents, and first-time recipients — get 100,000 won of online points for science kits and books.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('6세 이상 (2019년 12월 31일 이전 출생)', 'aged 6 or over (born on or before 31 December 2019)'),
      v('person.birthYear'),
      '<=',
      param('scienceCultureVoucher.bornBy'),
    ),
    any(
      t(
        '기초생활수급자, 차상위계층 또는 법정한부모가족',
        'NBLSS recipient, near-poor or statutory single-parent family',
      ),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education)',
        ),
        recipient('WLF00001132', '생계급여 수급', 'livelihood benefit recipient'),
        recipient('WLF00000102', '의료급여 수급', 'medical benefit recipient'),
        recipient('WLF00003201', '주거급여 수급', 'housing benefit recipient'),
        recipient('WLF00001089', '교육급여 수급', 'education benefit recipient'),
      ),
      someMember(
        t('차상위계층 가구원', 'a near-poor member'),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      someMember(
        t('법정한부모가족', 'statutory single-parent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
    ),
    any(
      t('선정기준 (어느 하나)', 'selection (any of)'),
      cmp(
        t('학령기 학생 (초·중·고 재학)', 'a school-age student (elementary, middle or high)'),
        fact('student', 'level'),
        'in',
        schoolLevels,
      ),
      all(
        t('학령기 학생을 둔 부모', 'a parent of a school-age student'),
        cmp(
          t('가구주 또는 배우자', 'head of household or spouse'),
          v('person.relation'),
          'in',
          lit(['head', 'spouse'], t('가구주·배우자', 'head or spouse')),
        ),
        someMember(
          t('초·중·고 재학 자녀', 'a child in elementary, middle or high school'),
          all(
            undefined,
            cmp(t('자녀', 'child of the head'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
            cmp(
              t('초·중·고 재학', 'in elementary, middle or high school'),
              fact('student', 'level'),
              'in',
              schoolLevels,
            ),
          ),
        ),
      ),
      judgement(
        t(
          '학령기 학생과 같은 연령의 신청자 또는 그 부모, 또는 과학문화 바우처 이용 경험이 없는 신규 기초생활수급자·차상위계층',
          'an applicant of school age (or their parent) who is not enrolled, or a first-time NBLSS or near-poor applicant who never used the voucher',
        ),
        t(
          '학령기 해당 여부와 과학문화 바우처 이용 이력 (한국과학창의재단)',
          'school-age equivalence and voucher history (Korea Foundation for the Advancement of Science and Creativity)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '과학교구(DIY·체험 키트)·과학도서를 살 수 있는 온라인 포인트 100,000원, 발행일부터 3개월 사용 (이후 잔여 포인트 소멸; 예산 소진 시 조기 마감; 전액 미사용 시 다음 해 선정되지 않을 수 있음)',
      '100,000 won of online points for science kits and books, usable for 3 months from issue (remaining points expire; may close early when the budget runs out; unused points can count against next year’s selection)',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('scienceCultureVoucher.amount');
      return { amountKrw, lines: [{ label: t('제공금액', 'amount'), value: amountKrw }] };
    },
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
        label: t('과학문화 바우처 신청서', 'science culture voucher application'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
