import {
  all,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 아이돌봄서비스 (WLF00000024), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000024&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「아이돌봄서비스」', status: 'official' };
const ref2026: Source = {
  title: '복지로 아이돌봄서비스 (WLF00000024), 2026 상세 (korea-welfare-rules.md §2.6)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000024&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'childMinding.minAgeMonths',
    label: t('최저 월령', 'minimum age in months'),
    unit: 'months',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'childMinding.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 12 }, sources: [ref2026] },
    ],
  },
  {
    id: 'childMinding.subsidyIncomeShare',
    label: t('정부지원 소득 상한 (기준 중위소득 대비)', 'income ceiling for a subsidy (share of the median)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 1.5 },
        sources: [booklet],
        note: '2024년 라형(150% 초과)은 정부지원 없음',
      },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 2.5 },
        sources: [ref2026],
        note: '2026년 라형: 중위소득 250% 이하',
      },
    ],
  },
  {
    id: 'childMinding.annualHoursTimeBased',
    label: t('시간제 서비스 연간 이용 한도', 'annual hours of the time-based service'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 960 }, sources: [booklet] }],
  },
  {
    id: 'childMinding.monthlyHoursInfantFullDay',
    label: t('영아종일제 월 이용 한도', 'monthly hours of full-day infant care'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 200 }, sources: [booklet] }],
  },
  {
    id: 'childMinding.hourlySubsidy',
    label: t(
      '시간당 정부지원 (일반가정 A형, 소득유형별)',
      'hourly government subsidy (general households, type A, by bracket)',
    ),
    unit: 'krw',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'byKey', values: { ga: 10872, na: 7674, da: 3838, ra: 1920 } },
        sources: [ref2026],
        note: '가형 ≤75%, 나형 ≤120%, 다형 ≤150%, 라형 ≤250%',
      },
    ],
  },
  {
    id: 'childMinding.hourlySubsidyInfantTeenParent',
    label: t(
      '시간당 정부지원 (0~1세 자녀·청소년부모 가구)',
      'hourly subsidy (children aged 0–1, teen parents)',
    ),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 11512 }, sources: [ref2026] }],
  },
];

export default defineProgram({
  id: 'WLF00000024',
  version: '2026.1',
  name: t('아이돌봄서비스', 'Child-minding service (home visits by childcare workers)'),
  ministry: '성평등가족부',
  bureau: '아이돌봄지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['multicultural', 'multiChild', 'disability', 'singleParent'],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '맞벌이·취업 한부모 등 양육공백으로 돌봄이 필요한 생후 3개월~12세 이하 아동의 가정에 아이돌보미가 찾아가 돌봄을 제공하고, 소득에 따라 비용을 차등 지원합니다(2024년 중위소득 150% 이하, 2026년 250% 이하 정부지원; 소득은 건강보험료로 판정).',
    'Childcare workers visit families with children aged 3 months to 12 years who lack care because parents work (dual earners, working single parents, …); the cost is subsidised by income (government support up to 150% of the median in 2024 and 250% in 2026, judged by health-insurance premiums).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('생후 3개월 이상', 'at least 3 months old'),
      v('person.ageMonths'),
      '>=',
      param('childMinding.minAgeMonths'),
    ),
    cmp(t('만 12세 이하', 'aged 12 or under'), v('person.age'), '<=', param('childMinding.maxAge')),
    judgement(
      t(
        '양육공백으로 돌봄 필요 (맞벌이·취업 한부모 등)',
        'care gap (dual earners, working single parent, …)',
      ),
      t(
        '양육공백 사유 (맞벌이·취업 한부모 등) 확인 (읍면동)',
        'reason for the care gap (dual earners, working single parent, …; local office)',
      ),
    ),
    judgement(
      t('정부지원 소득유형 (건강보험료 기준)', 'subsidy income bracket (health-insurance premium)'),
      t(
        '가구 건강보험료로 판정한 소득유형 (중위소득 75%·120%·150%·2026년 250% 구간)',
        'income bracket judged from the household’s health-insurance premiums (75%, 120%, 150%, in 2026 250% of the median)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '아이돌보미 방문 돌봄: 시간제(생후 3개월~12세, 연 960시간), 영아종일제(생후 3~36개월, 월 200시간 이내). 2024년 정부지원 가형(중위 75% 이하) 75~85%, 나형(120% 이하) 30~60%, 다형(150% 이하) 15~20%, 150% 초과 미지원. 2026년 시간당 정부지원(일반가정 A형) 가형 10,872원, 나형 7,674원, 다형 3,838원, 라형(250% 이하) 1,920원; 0~1세 자녀·청소년부모 가구 11,512원',
      'home childcare: time-based (3 months to 12 years, 960 hours a year), full-day infant care (3 to 36 months, up to 200 hours a month). 2024 subsidy: bracket A (≤75% of median) 75–85%, B (≤120%) 30–60%, C (≤150%) 15–20%, none above 150%. 2026 hourly subsidy (general households, type A): 10,872 / 7,674 / 3,838 / 1,920 (≤250%); 11,512 for children aged 0–1 and teen parents',
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
  sources: [catalogue, booklet, ref2026],
  fidelity: 'summary',
  parameters,
  cases,
});
