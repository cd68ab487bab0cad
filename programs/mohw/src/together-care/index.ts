import { all, cmp, defineProgram, type ParameterDefinition, param, type Source, t, v, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 다함께 돌봄 사업 (WLF00000089), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000089&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「다함께 돌봄 사업」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'togetherCare.minAge',
    label: { ko: '이용 연령 하한 (만 나이 이상)', en: 'minimum age (full years)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [book] }],
  },
  {
    id: 'togetherCare.maxAge',
    label: {
      ko: '이용 연령 상한 (만 나이 이하, 초등학생)',
      en: 'maximum age (full years, inclusive; primary pupils)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [book] }],
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
    t('돌봄이 필요한 6~12세(초등학생) 아동', 'a child aged 6 to 12 (primary school) who needs care'),
    cmp(t('만 6세 이상', 'aged 6 or over'), v('person.age'), '>=', param('togetherCare.minAge')),
    cmp(t('만 12세 이하', 'aged 12 or under'), v('person.age'), '<=', param('togetherCare.maxAge')),
  ),
  benefit: {
    description: t(
      '정기·일시 돌봄, 방과 후 프로그램 연계, 등·하원 지원, 정보 제공. 필수 운영시간: 학기 중 14:00~20:00, 방학 중 09:00~18:00 (일부 센터는 오전·야간 연장)',
      'Regular or occasional care, after-school programmes, escort to and from school, information. Core hours: 14:00–20:00 in term, 09:00–18:00 in holidays (some centres open longer)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
