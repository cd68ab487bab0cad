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
  type ParameterValue,
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
  title: '복지로 전기요금 복지할인 (WLF00004639) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004639&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const p2026 = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: ParameterValue,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from: '2026-01-01', value, sources: [bokjiro] }],
});
const scalar = (value: number): ParameterValue => ({ type: 'scalar', value });

const parameters: ParameterDefinition[] = [
  p2026(
    'electricityDiscount.largeFamilySize',
    ['대가족 (가구원 수, 이상)', 'large family: at least (members)'],
    'count',
    scalar(5),
  ),
  p2026(
    'electricityDiscount.manyChildrenMin',
    ['다자녀 (자녀·손자녀 수, 이상)', 'many children: at least (children or grandchildren)'],
    'count',
    scalar(3),
  ),
  p2026(
    'electricityDiscount.welfareMonthlyCap',
    [
      '장애인·유공자·기초생활수급자 월 할인 한도',
      'monthly cap: disabled people, merit holders, NBLSS recipients',
    ],
    'krw/month',
    scalar(8_000),
  ),
  p2026(
    'electricityDiscount.nearPoorMonthlyCap',
    ['차상위 월 할인 한도', 'monthly cap: near-poor'],
    'krw/month',
    scalar(2_000),
  ),
  p2026(
    'electricityDiscount.largeFamilyMonthlyCap',
    ['대가족 월 할인 한도 (누진 1단계 하향)', 'monthly cap: large family (one progressive tier lower)'],
    'krw/month',
    scalar(12_000),
  ),
  p2026(
    'electricityDiscount.manyChildrenRate',
    ['3자녀 할인율', 'three children: discount rate'],
    'ratio',
    scalar(0.2),
  ),
  p2026(
    'electricityDiscount.manyChildrenMonthlyCap',
    ['3자녀 월 할인 한도', 'monthly cap: three children'],
    'krw/month',
    scalar(12_000),
  ),
  p2026(
    'electricityDiscount.facilityRate',
    ['사회복지시설 할인율 (일반용·주택용)', 'welfare facilities: discount (general / residential tariff)'],
    'ratio',
    { type: 'byKey', values: { general: 0.2, residential: 0.216 } },
  ),
  p2026(
    'electricityDiscount.nightPowerARate',
    ['심야전력(갑) 할인율', 'night-time power (A): discount'],
    'ratio',
    { type: 'byKey', values: { nblss: 0.314, nearPoor: 0.297, facility: 0.314 } },
  ),
  p2026(
    'electricityDiscount.nightPowerBRate',
    ['심야전력(을) 할인율', 'night-time power (B): discount'],
    'ratio',
    { type: 'byKey', values: { nblss: 0.2, nearPoor: 0.2, facility: 0.2 } },
  ),
];

const recipient = (id: string, ko: string, en: string): Criterion =>
  cmp(t(ko, en), receives(id, t(ko, en)), '==', lit(true));
const relationCount = (
  label: [string, string],
  relation: 'child' | 'grandchild',
  ko: string,
  en: string,
): Criterion => ({
  type: 'count',
  label: t(label[0], label[1]),
  where: cmp(t(ko, en), v('person.relation'), '==', lit(relation, t(ko, en))),
  op: '>=',
  right: param('electricityDiscount.manyChildrenMin'),
});

export default defineProgram({
  id: 'WLF00004639',
  version: '2026.1',
  name: t('전기요금 복지할인', 'Electricity bill welfare discount'),
  ministry: '기후에너지환경부',
  bureau: '전력시장과',
  legalBasis: [t('전기사업법', 'Electricity Business Act')],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['veteran', 'disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '기초생활수급자, 차상위계층, 5인 이상 가구, 자녀 3인 이상 가구, 1~3급 장애인, 1~3급 상이유공자와 독립유공자 가구의 주거용 전기요금을 할인합니다.',
    'Discounts the residential electricity bill of NBLSS recipients, near-poor households, households of five or more, households with three or more children, people with former grade 1–3 disabilities, grade 1–3 wounded veterans and independence patriots.',
  ),
  criteria: any(
    t('전기요금 할인 지원 대상 (어느 하나)', 'eligible household (any of)'),
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
    any(
      t('차상위계층', 'near-poor'),
      someMember(
        t(
          '차상위계층 가구원 (자활·희귀난치 본인부담경감·장애(아동)수당)',
          'a near-poor member (self-sufficiency, rare-disease copay reduction, disability allowances)',
        ),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      someMember(
        t('「한부모가족지원법」 제5조 지원대상자', 'a single-parent support recipient (art. 5)'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
    ),
    cmp(
      t('가구원 수 5인 이상', 'five or more household members'),
      v('household.size'),
      '>=',
      param('electricityDiscount.largeFamilySize'),
    ),
    any(
      t(
        '자녀 3인 이상 (세대주와의 관계가 자(子) 3인 또는 손(孫) 3인)',
        'three or more children (three children or three grandchildren of the head)',
      ),
      relationCount(
        ['세대주의 자녀 3인 이상', 'three or more children of the head'],
        'child',
        '자녀',
        'child of the head',
      ),
      relationCount(
        ['세대주의 손자녀 3인 이상', 'three or more grandchildren of the head'],
        'grandchild',
        '손자녀',
        'grandchild of the head',
      ),
    ),
    someMember(
      t(
        '「장애인복지법」에 의한 1~3급 장애인 (장애의 정도가 심한 장애인)',
        'a former grade 1–3 (severe) disabled member',
      ),
      cmp(
        t('장애의 정도가 심한 장애인', 'severe disability'),
        fact('disability', 'severity'),
        '==',
        lit('severe', t('심한 장애', 'severe')),
      ),
    ),
    someMember(
      t(
        '상이유공자 (1~3급) 또는 독립유공자 (권리를 이전받은 유족 1인 포함)',
        'a grade 1–3 wounded veteran or an independence patriot (or the one heir)',
      ),
      all(
        undefined,
        cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
        judgement(
          t(
            '1~3급 상이자 (국가유공자법·5.18민주유공자법) 또는 독립유공자·권리를 이전받은 유족 1인',
            'a grade 1–3 wounded veteran (Merit or May 18 Acts) or an independence patriot or the heir who holds the rights',
          ),
          t('보훈 구분·상이등급 (국가보훈부)', 'veterans’ category and injury grade (MPVA)'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '주거용 전력 요금 할인 (월): 장애인·유공자·기초생활수급자 8,000원 한도; 차상위 2,000원 한도; 대가족 300kWh 초과 600kWh 이하 사용량 누진 1단계 하향 (12,000원 한도); 3자녀 전기요금 20% (12,000원 한도); 심야전력(갑) 수급자 31.4%·차상위 29.7%, 심야전력(을) 20%. 할인액은 요금에 따라 달라 계산하지 않음. 생명유지장치 사용 가구(누진 1단계 하향)와 사회복지시설(일반용 20%, 주택용 21.6%)은 기록의 할인 내용에만 있어 이 규칙으로 판정하지 않음',
      'Monthly residential bill discount: disabled people, merit holders and NBLSS recipients up to 8,000 won; near-poor up to 2,000; large families one progressive tier lower for 300–600 kWh (up to 12,000); three children 20% (up to 12,000); night-time power A 31.4% (NBLSS) / 29.7% (near-poor), B 20%. The discount depends on the bill and is not computed. Life-support device households (one tier lower) and welfare facilities (20% / 21.6%) appear only in the record’s benefit text and are not decided by these rules',
    ),
  },
  form: {
    schema: z.object({
      customerNumber: z
        .string()
        .regex(/^[0-9-]{10,14}$/)
        .meta({ label: t('한국전력 고객번호', 'KEPCO customer number') }),
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
        label: t('전기요금 복지할인 신청서', 'electricity welfare discount application'),
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
