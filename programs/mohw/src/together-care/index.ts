import { all, cmp, defineProgram, type ParameterDefinition, param, type Source, t, v, z } from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 다함께 돌봄 사업 (WLF00000089) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000089&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  {
    id: 'togetherCare.minAge',
    label: { ko: '이용 연령 하한 (세 이상)', en: 'minimum age (years)' },
    unit: 'years',
    versions: [
      { from: '2026-01-01', value: scalar(6), sources: [record], note: '돌봄이 필요한 6~12세 아동' },
    ],
  },
  {
    id: 'togetherCare.maxAge',
    label: { ko: '이용 연령 상한 (세 이하)', en: 'maximum age (years, inclusive)' },
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(12), sources: [record] }],
  },
  {
    id: 'togetherCare.monthlyFeeCap',
    label: { ko: '이용료 수납한도액 (아동 1인당 월)', en: 'fee cap (per child, monthly)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(100000),
        sources: [record],
        note: '프로그램 활동비·현장학습비 등. 외부인력 특별활동은 한도 초과 수납 가능, 급·간식은 별도 수익자 부담 가능',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00000089',
  version: '2026.1',
  name: t('다함께 돌봄 사업', 'Community after-school care (Dahamkke Dolbom)'),
  ministry: '보건복지부',
  bureau: '아동보호자립과',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['child'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '지역 중심의 맞춤형 돌봄 서비스를 제공하여 돌봄사각지대를 해소하고 맞벌이 가구 등의 육아부담을 경감합니다.',
    'Provides community-based care tailored to local needs, closing gaps in childcare and easing the burden on dual-earner and other families.',
  ),
  criteria: all(
    t(
      '돌봄이 필요한 6~12세 아동 (소득수준과 무관)',
      'a child aged 6 to 12 who needs care (whatever the income)',
    ),
    cmp(t('6세 이상', 'aged 6 or over'), v('person.age'), '>=', param('togetherCare.minAge')),
    cmp(t('12세 이하', 'aged 12 or under'), v('person.age'), '<=', param('togetherCare.maxAge')),
  ),
  benefit: {
    description: t(
      '정기·일시 돌봄, 방과 후 프로그램 연계, 등·하원 지원, 정보제공 등 지역 맞춤형 돌봄 서비스. 이용료는 아동 1인당 월 10만원 이내 (외부인력 특별활동·급간식은 별도 부담 가능). 지방자치단체(센터)가 지역여건에 따라 이용 우선순위를 정할 수 있음 (예: 다자녀, 맞벌이, 초등 저학년 가정)',
      'Regular or occasional care, after-school programmes, escort to and from school, information and other local care. Fees up to 100,000 a month per child (special activities by outside staff and meals may cost extra). Local governments (centres) may set priorities (e.g. large families, dual earners, lower primary grades)',
    ),
  },
  form: {
    schema: z.object({
      careType: z.enum(['regular', 'occasional']).meta({ label: t('돌봄 유형', 'type of care') }),
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
  parameters,
  cases,
});
