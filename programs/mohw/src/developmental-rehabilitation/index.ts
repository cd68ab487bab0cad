import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 발달재활서비스 (WLF00003195), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003195&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「발달재활 서비스」', status: 'official' };
const detail2022: Source = {
  title: '복지로 「발달재활서비스」 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'developmentalRehab.maxAge',
    label: t('대상 연령 (만 나이 미만)', 'age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [booklet] }],
  },
  {
    id: 'developmentalRehab.studentMaxAge',
    label: t('재학 중인 아동의 연령 (만 나이 미만)', 'age limit for children in school (under)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20 }, sources: [booklet] }],
  },
  {
    id: 'developmentalRehab.unregisteredMaxAge',
    label: t(
      '장애등록 없이 의뢰서로 지원 가능한 연령 (만 나이 미만)',
      'age under which a referral can replace registration',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [booklet] }],
  },
  {
    id: 'developmentalRehab.premiumIncomeShare',
    label: t('건강보험료 기준 (기준 중위소득 대비)', 'health-premium test (share of the median income)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 1.8 },
        sources: [booklet],
        note: '건강보험료 본인부담금 합산액이 기준 중위소득 180% 해당액 이하 (4인 기준 직장 377,299원, 지역 351,294원)',
      },
    ],
  },
  {
    id: 'developmentalRehab.voucherMin',
    label: t('바우처 월 최소 지원액', 'monthly voucher, lowest'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 170000 }, sources: [booklet] }],
  },
  {
    id: 'developmentalRehab.voucherMax',
    label: t('바우처 월 최대 지원액', 'monthly voucher, highest'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 250000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003195',
  version: '2026.1',
  name: t('발달재활서비스', 'Developmental rehabilitation service for disabled children'),
  ministry: '보건복지부',
  bureau: '장애인건강과',
  legalBasis: [t('장애아동 복지지원법', 'Welfare of Disabled Children Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['disability'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '성장기 정신적, 감각적 장애아동의 인지, 의사소통, 적응행동, 감각, 운동 등의 기능향상과 행동발달을 위한 재활서비스를 지원하고, 관련 정보를 제공합니다.',
    'Provides rehabilitation services for growing children with mental or sensory disabilities to improve cognition, communication, adaptive behaviour, sensory and motor functions and behavioural development, with related information.',
  ),
  criteria: all(
    undefined,
    any(
      t('만 18세 미만 (재학 중이면 만 20세 미만)', 'under 18 (under 20 if in school)'),
      cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('developmentalRehab.maxAge')),
      all(
        t('재학 중인 만 20세 미만', 'in school and under 20'),
        cmp(t('만 20세 미만', 'under 20'), v('person.age'), '<', param('developmentalRehab.studentMaxAge')),
        cmp(t('재학 중', 'enrolled in school'), fact('student'), '==', lit(true)),
      ),
    ),
    any(
      t(
        '등록 장애아동 (6세 미만은 의뢰서로 대체 가능)',
        'registered disabled child (under 6: a referral may replace registration)',
      ),
      cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
      all(
        t('6세 미만 장애 예견 아동', 'child under 6 with an expected disability'),
        cmp(
          t('만 6세 미만', 'under 6'),
          v('person.age'),
          '<',
          param('developmentalRehab.unregisteredMaxAge'),
        ),
        judgement(
          t(
            '장애가 예견되어 발달재활서비스가 필요 (의뢰서·검사결과)',
            'an expected disability needing the service (referral and test results)',
          ),
          t(
            '발달재활서비스 의뢰서와 세부영역 검사결과서',
            'developmental rehabilitation referral and test results',
          ),
        ),
      ),
    ),
    judgement(
      t(
        '장애유형 (뇌병변·지적·자폐성·언어·청각·시각) 해당',
        'disability type is brain lesion, intellectual, autism, speech, hearing or visual',
      ),
      t('장애유형 확인 (장애인등록 자료)', 'disability type (disability registration)'),
    ),
    judgement(
      t(
        '가구 건강보험료 본인부담금 합산액이 기준 중위소득 180% 해당액 이하',
        'household health-insurance premiums at or below the 180%-of-median level',
      ),
      t(
        '가구원 건강보험료 본인부담금 합산액 (국민건강보험공단)',
        'combined health-insurance premiums of the household (NHIS)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '매월 17만~25만 원의 발달재활 서비스이용권(바우처) 지급 (소득 수준별 차등), 지정 제공기관에서 언어·청능·미술심리·음악·행동·놀이심리·감각·운동발달 재활 등 선택 이용',
      'A monthly voucher of 170,000–250,000 (by income level) for language, hearing, art and music therapy, behavioural, play, sensory and motor rehabilitation at designated providers',
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
  sources: [catalogue, booklet, detail2022],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
