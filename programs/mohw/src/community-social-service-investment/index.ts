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
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 지역사회서비스 투자사업 (WLF00001061), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001061&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「지역사회서비스 투자사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'communitySocialServiceInvestment.share140',
    label: { ko: '소득기준 (기준 중위소득 140%)', en: 'income limit (140% of the median)' },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.4 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.share160',
    label: {
      ko: '소득기준 (기준 중위소득 160%, 아동청소년 심리지원)',
      en: 'income limit (160%, child psychological support)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.6 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.share170',
    label: {
      ko: '소득기준 (기준 중위소득 170%, 보완대체 의사소통)',
      en: 'income limit (170%, augmentative communication)',
    },
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.7 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.infantMaxAge',
    label: { ko: '영유아 발달지원 연령 상한 (이하)', en: 'infant development: maximum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.childMinAge',
    label: {
      ko: '아동·청소년 서비스 연령 하한 (정서발달·비전형성)',
      en: 'child services: minimum age (emotional development, vision)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 7 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.teenMaxAge',
    label: { ko: '아동·청소년 서비스 연령 상한 (이하)', en: 'child services: maximum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.visionMaxAge',
    label: {
      ko: '아동청소년 비전형성 연령 상한 (이하)',
      en: 'youth vision programme: maximum age (inclusive)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 15 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.elderAge',
    label: { ko: '노인 서비스 연령 (이상)', en: 'older-person services: minimum age' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.deviceMaxAge',
    label: {
      ko: '장애인 보조기기 렌탈 연령 상한 (이하)',
      en: 'assistive-device rental: maximum age (inclusive)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.massageMinAge',
    label: { ko: '시각장애인 안마 서비스 연령 (이상)', en: 'massage service: minimum age' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.obesityMinAge',
    label: { ko: '비만아동 건강관리 연령 하한', en: 'child obesity care: minimum age' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 5 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.obesityMaxAge',
    label: { ko: '비만아동 건강관리 연령 상한 (이하)', en: 'child obesity care: maximum age (inclusive)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.adultPsychMinAge',
    label: { ko: '성인 심리지원 연령 (이상)', en: 'adult psychological support: minimum age' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 35 }, sources: [book] }],
  },
  {
    id: 'communitySocialServiceInvestment.aacAgeLimit',
    label: { ko: '보완대체 의사소통 연령 (미만)', en: 'augmentative communication: age limit (under)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001061',
  version: '2026.1',
  name: t('지역사회서비스 투자사업', 'Community social service investment programme'),
  ministry: '보건복지부',
  bureau: '사회서비스사업과',
  legalBasis: [
    t('사회서비스 이용 및 이용권 관리에 관한 법률', 'Act on the Use of Social Services and Vouchers'),
  ],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: ['lowIncome'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '지역의 특성과 수요에 부합하는 사회서비스를 제공하여 지역복지를 확충하고 서비스 제공 일자리를 창출할 수 있도록 지원합니다.',
    'Provides social services that fit local characteristics and demand, expanding local welfare and creating jobs in service provision.',
  ),
  criteria: any(
    t(
      '보건복지부 표준모델 서비스 이용기준 (지자체별 서비스·기준은 다를 수 있음)',
      'MOHW standard-model service criteria (local services and criteria may differ)',
    ),
    all(
      t('영유아 발달지원 (만 0~6세, 140%)', 'infant development (0–6, 140%)'),
      cmp(
        t('만 6세 이하', 'aged 6 or under'),
        v('person.age'),
        '<=',
        param('communitySocialServiceInvestment.infantMaxAge'),
      ),
      judgement(
        t('발달 지연 우려', 'risk of developmental delay'),
        t('발달검사·의사 소견', 'developmental screening or doctor’s note'),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 140% 이하', 'household income at most 140% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share140'),
        ),
      ),
    ),
    all(
      t('아동청소년 정서발달 (만 7~18세, 140%)', 'child and youth emotional development (7–18, 140%)'),
      cmp(
        t('만 7세 이상', 'aged 7 or over'),
        v('person.age'),
        '>=',
        param('communitySocialServiceInvestment.childMinAge'),
      ),
      cmp(
        t('만 18세 이하', 'aged 18 or under'),
        v('person.age'),
        '<=',
        param('communitySocialServiceInvestment.teenMaxAge'),
      ),
      judgement(
        t('정서행동문제 우려', 'emotional or behavioural concerns'),
        t('정서·행동 검사 결과', 'screening results'),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 140% 이하', 'household income at most 140% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share140'),
        ),
      ),
    ),
    all(
      t('아동청소년 심리지원 (만 18세 이하, 160%)', 'child and youth psychological support (up to 18, 160%)'),
      cmp(
        t('만 18세 이하', 'aged 18 or under'),
        v('person.age'),
        '<=',
        param('communitySocialServiceInvestment.teenMaxAge'),
      ),
      judgement(
        t('문제행동 위험군', 'at risk of problem behaviour'),
        t('정서행동 검사·전문가 의견', 'screening or professional opinion'),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 160% 이하', 'household income at most 160% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share160'),
        ),
      ),
    ),
    all(
      t(
        '노인 맞춤형 운동 (만 65세 이상, 장기요양등급 외, 140%)',
        'exercise for older people (65+, no long-term-care grade, 140%)',
      ),
      cmp(
        t('만 65세 이상', 'aged 65 or over'),
        v('person.age'),
        '>=',
        param('communitySocialServiceInvestment.elderAge'),
      ),
      cmp(
        t('장기요양등급 없음 (등급 외)', 'no long-term-care grade'),
        fact('longTermCareGrade'),
        '==',
        lit(false),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 140% 이하', 'household income at most 140% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share140'),
        ),
      ),
    ),
    all(
      t(
        '장애인·노인 돌봄여행 (등록장애인·상이등급자 또는 65세 이상, 140%)',
        'assisted travel (disabled, wounded veterans or 65+, 140%)',
      ),
      any(
        undefined,
        cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
        cmp(
          t('만 65세 이상', 'aged 65 or over'),
          v('person.age'),
          '>=',
          param('communitySocialServiceInvestment.elderAge'),
        ),
        judgement(
          t('상이 등급자', 'wounded-veteran grade'),
          t('국가보훈부 상이등급 확인', 'veteran disability grade (MPVA)'),
        ),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 140% 이하', 'household income at most 140% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share140'),
        ),
      ),
    ),
    all(
      t(
        '장애인 보조기기 렌탈 (만 24세 이하 장애 아동·청소년, 소득기준 없음)',
        'assistive-device rental (disabled, up to 24, no income test)',
      ),
      cmp(
        t('만 24세 이하', 'aged 24 or under'),
        v('person.age'),
        '<=',
        param('communitySocialServiceInvestment.deviceMaxAge'),
      ),
      cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    ),
    all(
      t(
        '시각장애인 안마 (만 60세 이상 또는 지체·뇌병변 장애인, 140%)',
        'massage by blind masseurs (60+, or physical or brain-lesion disability, 140%)',
      ),
      any(
        undefined,
        cmp(
          t('만 60세 이상', 'aged 60 or over'),
          v('person.age'),
          '>=',
          param('communitySocialServiceInvestment.massageMinAge'),
        ),
        cmp(
          t('지체·뇌병변 등록장애인', 'physical or brain-lesion disability'),
          fact('disability', 'type'),
          'in',
          lit(['지체', '뇌병변']),
        ),
      ),
      judgement(
        t('근골격계·신경계·순환계 질환', 'musculoskeletal, nervous or circulatory condition'),
        t('진단서·소견서', 'medical certificate'),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 140% 이하', 'household income at most 140% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share140'),
        ),
      ),
    ),
    all(
      t(
        '정신건강 토탈케어 (정신장애인 또는 치료 필요자, 140%)',
        'mental-health total care (mental disability or needing treatment, 140%)',
      ),
      any(
        undefined,
        cmp(t('정신장애인', 'mental disability'), fact('disability', 'type'), 'in', lit(['정신'])),
        cmp(t('정신질환', 'mental illness'), fact('illness', 'kind'), '==', lit('mental')),
        judgement(
          t('정신건강의학과 치료가 필요함', 'needs psychiatric treatment'),
          t('의사 소견서', 'doctor’s note'),
        ),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 140% 이하', 'household income at most 140% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share140'),
        ),
      ),
    ),
    all(
      t('자살 위험군 예방 (140%)', 'suicide-risk prevention (140%)'),
      judgement(
        t('자살위험검사에 의한 위험군', 'at risk on a suicide-risk screening'),
        t('자살위험 선별검사 결과', 'screening result'),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 140% 이하', 'household income at most 140% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share140'),
        ),
      ),
    ),
    all(
      t('아동청소년 비전형성 (만 7~15세, 140%)', 'youth vision-building (7–15, 140%)'),
      cmp(
        t('만 7세 이상', 'aged 7 or over'),
        v('person.age'),
        '>=',
        param('communitySocialServiceInvestment.childMinAge'),
      ),
      cmp(
        t('만 15세 이하', 'aged 15 or under'),
        v('person.age'),
        '<=',
        param('communitySocialServiceInvestment.visionMaxAge'),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 140% 이하', 'household income at most 140% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share140'),
        ),
      ),
    ),
    all(
      t('장애인·산모 운동 (140%)', 'exercise for disabled people and expectant mothers (140%)'),
      any(
        undefined,
        cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
        all(
          t('임신 3개월 이상 산모', 'pregnant for 3+ months'),
          cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
          judgement(
            t('임신 3개월 이상', 'pregnant for 3 months or more'),
            t('임신 주수 확인', 'gestational age'),
          ),
        ),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 140% 이하', 'household income at most 140% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share140'),
        ),
      ),
    ),
    all(
      t('비만아동 건강관리 (만 5~12세, 소득기준 없음)', 'child obesity care (5–12, no income test)'),
      cmp(
        t('만 5세 이상', 'aged 5 or over'),
        v('person.age'),
        '>=',
        param('communitySocialServiceInvestment.obesityMinAge'),
      ),
      cmp(
        t('만 12세 이하', 'aged 12 or under'),
        v('person.age'),
        '<=',
        param('communitySocialServiceInvestment.obesityMaxAge'),
      ),
      judgement(t('경도 이상 비만', 'at least mild obesity'), t('비만도 측정', 'obesity measurement')),
    ),
    all(
      t('성인 심리지원 (만 35세 이상, 140%)', 'adult psychological support (35+, 140%)'),
      cmp(
        t('만 35세 이상', 'aged 35 or over'),
        v('person.age'),
        '>=',
        param('communitySocialServiceInvestment.adultPsychMinAge'),
      ),
      judgement(
        t('진단서·소견서 제출', 'medical certificate or doctor’s note submitted'),
        t('진단서·소견서', 'medical certificate'),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 140% 이하', 'household income at most 140% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share140'),
        ),
      ),
    ),
    all(
      t(
        '보완대체 의사소통 (만 24세 미만 지적·뇌병변·자폐성, 170%)',
        'augmentative communication (under 24, intellectual, brain-lesion or autism, 170%)',
      ),
      cmp(
        t('만 24세 미만', 'under 24'),
        v('person.age'),
        '<',
        param('communitySocialServiceInvestment.aacAgeLimit'),
      ),
      cmp(
        t('지적·뇌병변·자폐성 장애', 'intellectual, brain-lesion or autism disability'),
        fact('disability', 'type'),
        'in',
        lit(['지적', '뇌병변', '자폐성']),
      ),
      cmp(
        t('가구 소득이 기준 중위소득 170% 이하', 'household income at most 170% of the median'),
        v('household.monthlyIncome'),
        '<=',
        mul(
          t('기준 중위소득 × 기준 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('communitySocialServiceInvestment.share170'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '지자체가 발굴·기획한 사회서비스 바우처 (보건복지부 표준모델 14개 포함 약 360개 서비스: 영유아 발달지원, 아동·청소년 심리지원, 장애인 보조기기 렌탈, 정신건강 토탈케어, 자살위험군 예방 등). 서비스별 본인부담금 있음, 다른 바우처와 중복 이용이 제한될 수 있음',
      'Vouchers for social services designed by local governments (about 360, including 14 MOHW standard models: infant development, child psychological support, device rental, mental-health care, suicide prevention, …). Copays vary; some cannot be combined with other vouchers',
    ),
  },
  form: {
    schema: z.object({
      service: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('희망 서비스', 'service wanted') }),
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
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
