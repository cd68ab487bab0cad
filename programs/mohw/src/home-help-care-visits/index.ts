import {
  all,
  any,
  type Criterion,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  not,
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
  title: '복지로 가사·간병 방문 지원사업 (WLF00001087) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001087&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });
const byKey = (values: Record<string, number>) => ({ type: 'byKey' as const, values });

const parameters: ParameterDefinition[] = [
  {
    id: 'homeHelpCareVisits.ageLimit',
    label: t('대상 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(65), sources: [bokjiro] }],
  },
  {
    id: 'homeHelpCareVisits.incomeShare',
    label: t('소득기준 (기준 중위소득 대비)', 'income limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2026-01-01', value: scalar(0.7), sources: [bokjiro] }],
  },
  {
    id: 'homeHelpCareVisits.monthlyHours',
    label: t('월 지원시간 (이용자 선택)', 'monthly hours (chosen by the user)'),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: byKey({ short: 24, long: 27 }), sources: [bokjiro] }],
  },
  {
    id: 'homeHelpCareVisits.monthlyPrice',
    label: t('월 서비스 비용 (24시간·27시간)', 'monthly service price (24 or 27 hours)'),
    unit: 'krw/month',
    versions: [{ from: '2026-01-01', value: byKey({ short: 427200, long: 480600 }), sources: [bokjiro] }],
  },
  {
    id: 'homeHelpCareVisits.hourlyPrice',
    label: t('시간당 서비스 단가', 'hourly service price'),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: scalar(17800), sources: [bokjiro] }],
  },
  {
    id: 'homeHelpCareVisits.supportYears',
    label: t(
      '지원기간 (자격 결정일부터, 재판정으로 같은 단위 연장)',
      'support period (from the decision; renewable in the same steps)',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(1), sources: [bokjiro] }],
  },
];

const notUsing = (id: string, ko: string, en: string): Criterion =>
  cmp(
    t(`${ko}를 받고 있지 않음`, `not receiving ${en}`),
    receives(id, t(`${ko} 이용`, `uses ${en}`), 'person'),
    '==',
    lit(false),
  );

export default defineProgram({
  id: 'WLF00001087',
  version: '2026.1',
  name: t('가사·간병 방문 지원사업', 'Home help and care visits'),
  ministry: '보건복지부',
  bureau: '사회서비스사업과',
  legalBasis: [
    t('사회서비스 이용 및 이용권 관리에 관한 법률', 'Act on the Use of Social Services and Vouchers'),
    t('사회복지사업법', 'Social Welfare Services Act'),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '기준 중위소득 70% 이하 가구의 만 65세 미만 중 장애의 정도가 심한 장애인, 중증·희귀난치성 질환자, 소년소녀·조손·한부모가정 자녀, 장기입원 사례관리 퇴원 의료급여수급자(또는 시군구청장이 인정한 사람)에게 월 24시간 또는 27시간 가사·간병 바우처를 1년간 지원합니다. 활동지원·장기요양 등 유사 돌봄 이용자와 보장시설 입소자는 제외됩니다.',
    'People under 65 in households at or below 70% of the median income who are severely disabled, have a severe or rare disease, are children in child-headed, grandparent or single-parent families, or are medical-aid recipients discharged from long-term hospital case management (or whom the local head recognises) get a home-help and care voucher of 24 or 27 hours a month for a year. Users of similar care (personal assistance, long-term care) and facility residents are excluded.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 65세 미만', 'under 65'), v('person.age'), '<', param('homeHelpCareVisits.ageLimit')),
    cmp(
      t('가구 소득이 기준 중위소득 70% 이하', 'household income at most 70% of the median'),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 70%', 'median income × 70%'),
        param('median.income', { by: 'household.size' }),
        param('homeHelpCareVisits.incomeShare'),
      ),
    ),
    any(
      t('가사·간병 서비스 신청자격', 'who may apply'),
      cmp(
        t('장애의 정도가 심한 장애인', 'severely disabled person'),
        fact('disability', 'severity'),
        '==',
        lit('severe', t('심한 장애', 'severe')),
      ),
      all(
        t('6개월 이상 치료를 요하는 중증질환자', 'severe disease needing 6+ months of treatment'),
        cmp(
          t('중증질환 (산정특례 등)', 'severe disease (special copay registration, …)'),
          fact('illness', 'kind'),
          'in',
          lit(['severe', 'cancer'], t('중증질환·암', 'severe disease or cancer')),
        ),
        judgement(
          t(
            '고시 중증질환 상병으로 6개월 이상 치료 필요',
            'a listed severe disease needing 6+ months of treatment',
          ),
          t(
            '최근 3개월 이내 발행된 진단서 또는 소견서',
            'a medical certificate or opinion issued within the last 3 months',
          ),
        ),
      ),
      cmp(
        t(
          '희귀난치성 질환자 (산정특례 등록 확인)',
          'rare or intractable disease (special copay registration)',
        ),
        fact('illness', 'kind'),
        '==',
        lit('rare', t('희귀질환', 'rare disease')),
      ),
      all(
        t(
          '조손가정·한부모가정(법정보호세대)의 자녀·손자녀',
          'child or grandchild in a certified grandparent or single-parent family',
        ),
        someMember(
          t('한부모가족·조손가족 증명', 'single-parent or grandparent family certificate'),
          cmp(
            t('한부모가족 증명', 'single-parent family certificate'),
            fact('singleParentFamily'),
            '==',
            lit(true),
          ),
        ),
        cmp(
          t('자녀 또는 손자녀', 'a child or grandchild'),
          v('person.relation'),
          'in',
          lit(['child', 'grandchild'], t('자녀·손자녀', 'child or grandchild')),
        ),
      ),
      someMember(
        t('소년소녀가정', 'child-headed household'),
        cmp(t('소년소녀가정', 'child-headed household'), fact('childHeadedHousehold'), '==', lit(true)),
      ),
      all(
        t(
          '의료급여 수급자 중 장기입원 사례관리 퇴원자',
          'medical-aid recipient discharged from long-term hospital case management',
        ),
        cmp(
          t('의료급여 수급', 'medical aid recipient'),
          receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
          '==',
          lit(true),
        ),
        judgement(
          t('장기입원 사례관리 퇴원자', 'discharged from long-term hospital case management'),
          t('의료급여 장기입원 사례관리 퇴원 확인', 'medical-aid long-stay case-management discharge record'),
        ),
      ),
      judgement(
        t(
          '시군구청장이 예산범위 내에서 별도 인정 (경증장애인, 질환·부상 장기 치료자 등)',
          'recognised by the local head within the budget (mild disability, long-term treatment, …)',
        ),
        t('시군구청장의 별도 인정 결정', 'the local head’s decision'),
      ),
    ),
    all(
      t(
        '국고 지원 동일·유사 돌봄서비스를 받고 있지 않음',
        'not receiving a similar state-funded care service',
      ),
      notUsing('WLF00003260', '장애인활동지원서비스', 'personal assistance'),
      notUsing('WLF00003248', '노인장기요양 재가급여', 'long-term care at home'),
    ),
    not(
      t('국민기초생활보장법 제32조 보장시설 입소자가 아님', 'not a resident of an NBLSS welfare facility'),
      cmp(t('보장시설 입소', 'welfare-facility resident'), fact('facilityResident'), '==', lit(true)),
    ),
  ),
  benefit: {
    description: t(
      '가사·간병 서비스 이용권(바우처): 월 24시간 또는 27시간 (이용자 선택), 서비스 비용 월 427,200원(24시간) 또는 480,600원(27시간), 시간당 17,800원. 바우처 자격 결정일부터 1년 (재판정으로 1년 단위 연장). 정부지원금은 소득수준·이용시간에 따라 차등, 본인부담금은 비용에서 정부지원금을 뺀 차액 (구간별 금액은 복지로 상세에 없음). 의료기관 입원 기간에는 이용 불가 (입·퇴원일은 가능). 노인돌봄종합서비스 등 그 밖의 유사 돌봄 이용 여부는 읍면동 확인',
      'Home-help and care voucher: 24 or 27 hours a month (user’s choice), priced 427,200 (24 h) or 480,600 (27 h) a month, 17,800 an hour, for one year from the decision (renewable yearly on reassessment). The government share depends on income and hours; the copayment is the price minus that share (band amounts are not in the Bokjiro record). Not usable while in hospital (admission and discharge days allowed). Use of other similar care is checked locally',
    ),
  },
  form: {
    schema: z.object({
      hours: z.enum(['24', '27']).meta({ label: t('월 이용시간', 'monthly hours') }),
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
        label: t(
          '사회보장급여(사회서비스이용권) 신청서',
          'social security benefit (social service voucher) application',
        ),
        required: true,
      },
      {
        id: 'diagnosis',
        label: t(
          '진단서·소견서 (중증질환자는 최근 3개월 이내)',
          'medical certificate or opinion (severe disease: within 3 months)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [
    {
      programId: 'WLF00003260',
      kind: 'exclusive',
      reason: t(
        '장애인활동지원서비스를 받고 있는 사람은 제외',
        'people receiving personal assistance are excluded',
      ),
      source: bokjiro,
    },
    {
      programId: 'WLF00003248',
      kind: 'exclusive',
      reason: t(
        '노인장기요양보험급여를 받고 있는 사람은 제외',
        'people receiving long-term-care benefits are excluded',
      ),
      source: bokjiro,
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102', 'WLF00003260', 'WLF00003248'],
  parameters,
  cases,
});
