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
  title: '복지로 청소년상담1388 전화상담 (WLF00003236), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003236&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「청소년상담 1388」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'youthCounsellingPhone.minAge',
    label: t('최저 연령 (만 나이)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9 }, sources: [booklet] }],
  },
  {
    id: 'youthCounsellingPhone.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003236',
  version: '2026.1',
  name: t('청소년상담1388 전화상담', 'Youth counselling 1388 (telephone)'),
  ministry: '성평등가족부',
  bureau: '청소년자립지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '만 9~24세 청소년에게 일상적인 고민부터 가족갈등, 교우관계, 학업중단, 가출, 인터넷 중독, 진로 등 다양한 위기에 대한 365일 24시간 전화상담을 제공합니다.',
    'Youth aged 9 to 24 get telephone counselling 24 hours a day, 365 days a year on everyday worries and crises such as family conflict, friendships, dropping out, running away, internet addiction and careers.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('youthCounsellingPhone.minAge')),
    cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('youthCounsellingPhone.maxAge')),
    judgement(
      t('고민·위기로 상담이 필요함', 'needs counselling for a worry or crisis'),
      t('청소년 본인의 상담 요청 (1388)', 'the young person’s request for counselling (1388)'),
    ),
  ),
  benefit: {
    description: t(
      '365일 24시간 전화상담 (☎1388, 문자 1388, 카카오톡·페이스북 ‘청소년상담1388’, www.cyber1388.kr)',
      'telephone counselling 24 hours a day, 365 days a year (☎1388, text 1388, KakaoTalk/Facebook “청소년상담1388”, www.cyber1388.kr)',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
