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

const record: Source = {
  title: '복지로 아동발달지원계좌(디딤씨앗통장)지원 (WLF00003258) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003258&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });
const krwMonth = (id: string, ko: string, en: string, value: number, note?: string): ParameterDefinition => ({
  id,
  label: t(ko, en),
  unit: 'krw/month',
  versions: [{ from: '2026-01-01', value: scalar(value), sources: [record], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  {
    id: 'childDevelopmentAccount.ageLimit',
    label: t('지원 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(18),
        sources: [record],
        note: '보호대상아동 만 18세 미만; 수급가구 아동은 만 0~17세 중 신규 선정하여 만 18세 미만까지',
      },
    ],
  },
  {
    id: 'childDevelopmentAccount.matchRatio',
    label: t('정부 매칭 비율 (아동 적립액 1 대비)', 'government match per won saved'),
    unit: 'count',
    versions: [{ from: '2026-01-01', value: scalar(2), sources: [record] }],
  },
  krwMonth(
    'childDevelopmentAccount.matchedSavingCap',
    '1:2 매칭 대상 월 적립액 한도 (기본 매칭적립)',
    'monthly saving matched 1:2, up to (basic matched saving)',
    50000,
  ),
  krwMonth(
    'childDevelopmentAccount.monthlyMatchMax',
    '월 정부(지자체) 매칭 지원 한도',
    'maximum monthly government (local) match',
    100000,
    '상세 기록: "월 10만원 내의 범위에서 1:2 매칭", "국가(지자체)가 월 10만원 내 지원". 같은 기록의 주석 "정부 매칭 지원금은 월 최대 5만원"은 매칭 대상 적립액 5만원과 혼동된 표기로 보이며 본문 두 곳의 10만원을 따름',
  ),
  krwMonth(
    'childDevelopmentAccount.extraSavingMax',
    '추가 적립 한도 (월, 국가 매칭 없음)',
    'extra saving allowed (monthly, not matched)',
    450000,
    '연간 540만원',
  ),
  krwMonth(
    'childDevelopmentAccount.monthlySavingMax',
    '아동 적립금 월 최대',
    'maximum monthly saving by the child',
    500000,
  ),
  {
    id: 'childDevelopmentAccount.useFromAge',
    label: t(
      '자립 용도 사용 가능 연령 (만기, 만 나이 이후)',
      'age from which savings may be used for independence (maturity)',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(17), sources: [record] }],
  },
  {
    id: 'childDevelopmentAccount.freeUseAge',
    label: t('용도 제한 없이 지급 가능 연령', 'age at which savings are paid without restriction'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(24), sources: [record] }],
  },
];

const recipient = (id: string, ko: string, en: string) =>
  cmp(t(ko, en), receives(id, t(ko, en)), '==', lit(true));

export default defineProgram({
  id: 'WLF00003258',
  version: '2026.1',
  name: t('아동발달지원계좌(디딤씨앗통장)지원', 'Child Development Account (Didim Seed account)'),
  ministry: '보건복지부',
  bureau: '아동보호자립과',
  legalBasis: [
    t('아동복지법', 'Child Welfare Act'),
    t('아동복지법 시행규칙', 'Enforcement Rule of the Child Welfare Act'),
  ],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '취약계층 아동의 사회진출 시 학자금･취업･창업･주거마련 등에 소요되는 초기비용 마련을 위한 자산형성을 지원합니다.',
    'Helps vulnerable children build assets for the start-up costs of adult life — tuition, jobs, starting a business or housing.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('childDevelopmentAccount.ageLimit')),
    any(
      t(
        '보호대상아동 또는 기초생활수급·차상위 가구 아동',
        'a child in care, or a child in an NBLSS or near-poor household',
      ),
      any(
        t('보호대상아동', 'child in care'),
        cmp(
          t(
            '아동복지시설(아동양육시설·공동생활가정)·가정위탁 보호아동',
            'child in a children’s home, group home or foster care',
          ),
          fact('fosterCare'),
          '==',
          lit(true),
        ),
        all(
          t('장애인생활시설 아동', 'child living in a residential facility for disabled people'),
          cmp(
            t('생활시설 입소', 'lives in a residential facility'),
            fact('facilityResident'),
            '==',
            lit(true),
          ),
          cmp(t('등록장애', 'registered disability'), fact('disability'), '==', lit(true)),
        ),
        cmp(t('소년소녀가정 아동', 'child-headed household'), fact('childHeadedHousehold'), '==', lit(true)),
      ),
      any(
        t(
          '생계·의료·주거·교육급여 또는 차상위계층 수급가구 아동',
          'child in a household receiving the livelihood, medical, housing or education benefit or certified near-poor',
        ),
        recipient('WLF00001132', '생계급여 수급 가구', 'livelihood benefit household'),
        recipient('WLF00000102', '의료급여 수급 가구', 'medical aid household'),
        recipient('WLF00003201', '주거급여 수급 가구', 'housing benefit household'),
        recipient('WLF00001089', '교육급여 수급 가구', 'education benefit household'),
        someMember(
          t('차상위계층 가구', 'near-poor household'),
          cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '아동(보호자·후원자)이 매월 적립하면 월 5만원 내 적립액을 1:2로 매칭하여 국가(지자체)가 월 10만원 내 지원. 5만원 적립 후 월 45만원(연 540만원) 내 추가 적립 가능 (매칭 없음), 아동 적립금 월 최대 50만원. 만 17세(만기) 이후 학자금·기술자격·취업훈련·창업·주거마련 등 자립 용도로 사용, 만 24세까지 자립 용도가 없으면 용도 제한 없이 지급. 기 가입 아동은 가정 복귀·탈수급 후에도 계속 지원. 매칭액은 적립액에 따라 정해지므로 금액은 계산하지 않음',
      'When the child (with a carer or sponsor) saves, the state (local government) matches up to 50,000 a month 1:2, so up to 100,000 a month. Up to 450,000 more a month (5.4 million a year) may be saved without a match; the child saves at most 500,000 a month. From 17 (maturity) the savings pay for tuition, qualifications, training, a business or housing; at 24 they are paid without restriction. Children already enrolled keep the support after returning home or leaving benefits. The match depends on the saving, so no amount is computed',
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
  sources: [record],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
