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

const catalogue: Source = {
  title: '복지로 가사·간병 방문 지원사업 (WLF00001087), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001087&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「가사·간병 방문 지원사업」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 가사·간병 방문 지원사업 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001087&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'homeHelpCareVisits.ageLimit',
    label: { ko: '대상 연령 (만 나이 미만)', en: 'age limit (under, full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [book] }],
  },
  {
    id: 'homeHelpCareVisits.incomeShare',
    label: { ko: '소득기준 (기준 중위소득 대비)', en: 'income limit (share of the median)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.7 }, sources: [book] }],
  },
  {
    id: 'homeHelpCareVisits.monthlyHours',
    label: { ko: '월 서비스 시간 (2022)', en: 'monthly service hours (2022)' },
    unit: 'count',
    versions: [
      { from: '2022-01-01', value: { type: 'byKey', values: { short: 24, long: 27 } }, sources: [crawl] },
    ],
  },
  {
    id: 'homeHelpCareVisits.hourlyPrice',
    label: { ko: '시간당 서비스 단가 (2022)', en: 'hourly service price (2022)' },
    unit: 'krw',
    versions: [{ from: '2022-01-01', value: { type: 'scalar', value: 14800 }, sources: [crawl] }],
  },
];

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
    '일상생활이 어려운 저소득층 가정에 간병·가사 서비스를 지원하여 취약계층의 생활 안정을 도모하고 가사·간병 방문 제공인력의 사회적 일자리를 창출합니다.',
    'Provides care and housework services to low-income households who struggle with daily life, stabilising the lives of vulnerable people and creating social jobs for home-help and care workers.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 65세 미만', 'under 65'), v('person.age'), '<', param('homeHelpCareVisits.ageLimit')),
    cmp(
      t('가구 소득이 기준 중위소득 70% 이하', 'household income at most 70% of the median'),
      v('household.monthlyIncome'),
      '<=',
      mul(
        t('기준 중위소득 × 기준 비율', 'median income × share'),
        param('median.income', { by: 'household.size' }),
        param('homeHelpCareVisits.incomeShare'),
      ),
    ),
    any(
      t('가사·간병 서비스가 필요한 대상', 'a group that needs home help or care'),
      cmp(
        t('장애의 정도가 심한 장애인', 'severe disability'),
        fact('disability', 'severity'),
        '==',
        lit('severe'),
      ),
      cmp(
        t('중증질환자·희귀난치성 질환자', 'severe, rare or intractable disease'),
        fact('illness', 'kind'),
        'in',
        lit(['severe', 'rare']),
      ),
      someMember(
        t('한부모가족·조손가정 (법정보호세대)', 'single-parent or grandparent family (certified)'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('소년소녀가정', 'child-headed household'),
        cmp(t('소년소녀가정', 'child-headed household'), fact('childHeadedHousehold'), '==', lit(true)),
      ),
      all(
        t(
          '만 65세 미만 의료급여수급자 중 장기입원 사례관리 퇴원자',
          'medical-aid recipient under 65 discharged from long-term hospital case management',
        ),
        cmp(
          t('의료급여 수급권자', 'medical aid recipient'),
          receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
          '==',
          lit(true),
        ),
        judgement(
          t('장기입원 사례관리 퇴원자', 'discharged from long-term hospital case management'),
          t('의료급여 사례관리 퇴원 확인', 'medical-aid case-management discharge record'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '가사·간병 서비스 이용권(바우처): 월 24시간 또는 27시간 (2022년 시간당 14,800원), 자격 결정일로부터 1년 (재판정으로 1년씩 연장, 장기입원 사례관리자는 연장 불가). 소득수준에 따라 본인부담금. 동일·유사 돌봄서비스(활동지원·노인장기요양 등) 이용자와 보장시설 입소자·입원 중인 사람은 제외',
      'Home-help and care voucher: 24 or 27 hours a month (14,800 an hour in 2022) for one year from the decision (renewable yearly on reassessment; not for hospital case-management discharges). Copay by income. People using similar care (personal assistance, long-term care, …), facility residents and inpatients are excluded',
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
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'diagnosis',
        label: t(
          '진단서·소견서 (중증·희귀질환자, 3개월 이내)',
          'medical certificate (severe or rare disease, within 3 months)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
