import {
  all,
  any,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 지역사회 청소년통합지원체계(청소년안전망) (WLF00001141), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001141&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「지역사회 청소년 통합지원체계(청소년안전망)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'youthSafetyNet.minAge',
    label: t('최저 연령 (만 나이)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 9 }, sources: [booklet] }],
  },
  {
    id: 'youthSafetyNet.maxAge',
    label: t('최고 연령 (만 나이, 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 24 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001141',
  version: '2026.1',
  name: t(
    '지역사회 청소년통합지원체계(청소년안전망)',
    'Community integrated support for youth (Youth Safety Net)',
  ),
  ministry: '성평등가족부',
  bureau: '청소년자립지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '만 9~24세 위기청소년과 그 가족에게 청소년상담복지센터와 지역 자원을 연계해 상담·보호·교육·자립 등 맞춤형 서비스를 제공합니다.',
    'Youth in crisis aged 9 to 24 and their families get tailored counselling, protection, education and self-reliance services through youth counselling and welfare centres and local resources.',
  ),
  criteria: all(
    undefined,
    any(
      t('만 9~24세 청소년 본인 또는 그 가족', 'a youth aged 9 to 24 or a member of their family'),
      all(
        t('본인이 만 9~24세', 'the person is aged 9 to 24'),
        cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('youthSafetyNet.minAge')),
        cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('youthSafetyNet.maxAge')),
      ),
      someMember(
        t('만 9~24세 청소년이 있는 가족', 'family of a youth aged 9 to 24'),
        all(
          undefined,
          cmp(t('만 9세 이상', 'aged 9 or over'), v('person.age'), '>=', param('youthSafetyNet.minAge')),
          cmp(t('만 24세 이하', 'aged 24 or under'), v('person.age'), '<=', param('youthSafetyNet.maxAge')),
        ),
        { excludeSubject: true },
      ),
    ),
    judgement(
      t(
        '위기청소년 (학업중단·가출·인터넷 중독 등)',
        'youth in crisis (dropping out, running away, internet addiction, …)',
      ),
      t(
        '청소년의 위기 상황 (청소년상담복지센터 판단)',
        'the youth’s crisis situation (youth counselling and welfare centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '위기청소년 통합지원 및 연계협력, 상담 및 활동지원, 청소년전화 1388, 긴급구조, 일시보호, 교육 및 자립 지원',
      'integrated support and referrals for youth in crisis, counselling and activities, the 1388 youth line, emergency rescue, temporary shelter, education and self-reliance support',
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
