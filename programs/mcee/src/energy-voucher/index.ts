import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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

const catalogue: Source = {
  title: '복지로 에너지바우처 (WLF00000072), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000072&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「에너지바우처」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});
const guide2026: Source = {
  title: '복지로 에너지바우처 (WLF00000072) 2026 사업안내',
  status: 'official',
};
const amounts2025: Source = { title: '2025년 에너지바우처 지원금액 (2차 자료)', status: 'secondary' };

const parameters: ParameterDefinition[] = [
  {
    id: 'energyVoucher.seniorBornBy',
    label: t(
      '노인 세대원 출생연도 (이 해 12월 31일 이전 출생)',
      'older member: born on or before 31 December of',
    ),
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 1959 }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'scalar', value: 1961 }, sources: [guide2026] },
    ],
  },
  scalar(
    'energyVoucher.childMaxAge',
    ['미취학 아동 연령 (만, 이하)', 'pre-school child: maximum age'],
    'years',
    7,
    guide2026,
    '2026-01-01',
  ),
  scalar(
    'energyVoucher.multiChildAgeLimit',
    ['다자녀 아동 연령 (만, 미만)', 'multi-child: children under'],
    'years',
    19,
    guide2026,
    '2026-01-01',
  ),
  scalar(
    'energyVoucher.multiChildMin',
    ['다자녀 자녀 수 (이상)', 'multi-child: at least this many children'],
    'count',
    2,
    guide2026,
    '2026-01-01',
  ),
  {
    id: 'energyVoucher.annualAmount',
    label: t('가구원 수별 연간 지원액', 'annual amount by household size'),
    unit: 'krw/year',
    versions: [
      {
        from: '2025-01-01',
        value: { type: 'bySize', values: [295_200, 407_500, 532_700, 701_300], extraPerMember: 0 },
        sources: [amounts2025],
        note: '4인 이상 동일; 2024 책자는 가구당 평균 367,000원',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000072',
  version: '2026.1',
  name: t('에너지바우처', 'Energy voucher'),
  ministry: '기후에너지환경부',
  bureau: '기후적응과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['infant', 'senior'],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'annual',
  summary: t(
    '에너지취약계층에게 에너지바우처를 지급하여 전기·가스·지역난방·등유·LPG 등 필요 에너지의 이용 비용을 지원합니다.',
    'Gives energy-vulnerable households an energy voucher toward the cost of electricity, gas, district heating, kerosene, LPG and other energy they need.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '기초생활수급자 (생계·의료·주거·교육급여)',
        'NBLSS recipient (livelihood, medical, housing or education)',
      ),
      cmp(
        t('생계급여 수급', 'livelihood benefit recipient'),
        receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('의료급여 수급', 'medical benefit recipient'),
        receives('WLF00000102', t('의료급여 수급', 'medical benefit recipient')),
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
    ),
    any(
      t('취약 세대원이 있음', 'the household includes a vulnerable member'),
      someMember(
        t('노인 (1961년 12월 31일 이전 출생)', 'an older member (born on or before 31 December 1961)'),
        cmp(t('출생연도', 'year of birth'), v('person.birthYear'), '<=', param('energyVoucher.seniorBornBy')),
      ),
      someMember(
        t('미취학 영유아 (만 7세 이하)', 'a pre-school child (7 or under)'),
        all(
          undefined,
          cmp(t('만 7세 이하', 'aged 7 or under'), v('person.age'), '<=', param('energyVoucher.childMaxAge')),
          cmp(t('미취학', 'not in school'), fact('student'), '==', lit(false)),
        ),
      ),
      someMember(
        t('등록 장애인', 'a registered disabled member'),
        cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
      ),
      someMember(
        t(
          '임산부 (분만 후 6개월 미만은 영유아 세대원으로 충족)',
          'a pregnant member (a birth within 6 months brings an infant member)',
        ),
        cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      ),
      someMember(
        t(
          '중증·희귀·중증난치질환자 (산정특례)',
          'a member with a severe, rare or intractable disease (special copay)',
        ),
        cmp(
          t('산정특례 질환', 'special-copay disease'),
          fact('illness', 'kind'),
          'in',
          lit(['severe', 'rare'], t('중증·희귀', 'severe or rare')),
        ),
      ),
      someMember(
        t('한부모가족', 'a single-parent family member'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('소년소녀가정', 'a child-headed household'),
        cmp(t('소년소녀가정', 'child-headed household'), fact('childHeadedHousehold'), '==', lit(true)),
      ),
      {
        type: 'count',
        label: t('다자녀 (만 19세 미만 자녀 2명 이상)', 'multi-child (two or more children under 19)'),
        where: cmp(
          t('만 19세 미만', 'under 19'),
          v('person.age'),
          '<',
          param('energyVoucher.multiChildAgeLimit'),
        ),
        op: '>=',
        right: param('energyVoucher.multiChildMin'),
      },
    ),
    someMember(
      t(
        '보장시설 수급자가 아닌 세대원이 있음 (세대원 모두 보장시설 수급자이면 제외)',
        'a member who is not a welfare-facility resident (households made up only of facility residents are excluded)',
      ),
      cmp(t('보장시설 수급자 아님', 'not a facility resident'), fact('facilityResident'), '==', lit(false)),
    ),
  ),
  benefit: {
    description: t(
      '전기·도시가스·지역난방·등유·LPG·연탄 구입에 쓰는 전자바우처 (하절기 7~9월 전기요금 차감, 동절기 10월~다음 해 5월); 2025년 가구원 수별 연 295,200~701,300원 (2차 자료)',
      'An electronic voucher for electricity, city gas, district heating, kerosene, LPG or briquettes (summer, July–September, deducted from electricity bills; winter, October–May); KRW 295,200–701,300 a year by household size in 2025 (secondary source)',
    ),
    amount: (ctx) => {
      const size = Number(ctx.get('household.size'));
      const amountKrw = ctx.param('energyVoucher.annualAmount', size);
      return {
        amountKrw,
        lines: [{ label: t('가구원 수별 연간 지원액', 'annual amount by household size'), value: amountKrw }],
      };
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
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
    ],
  },
  exclusions: [
    {
      programId: 'WLF00001162',
      kind: 'exclusive',
      reason: t(
        '당해연도 동절기 긴급복지 연료비와 중복지원 불가',
        'not together with emergency-welfare winter fuel support in the same year',
      ),
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet, guide2026],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
