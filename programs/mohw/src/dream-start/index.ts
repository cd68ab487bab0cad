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
  title: '복지로 아동통합서비스지원(드림스타트사업) (WLF00003283), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003283&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「아동통합서비스 지원(드림스타트사업)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'dreamStart.maxAge',
    label: t('대상 연령 (만 나이 이하, 초등학생 이하)', 'maximum age (full years; up to primary school)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003283',
  version: '2026.1',
  name: t('아동통합서비스지원(드림스타트사업)', 'Dream Start integrated services for children'),
  ministry: '보건복지부',
  bureau: '아동보호자립과',
  legalBasis: [t('아동복지법 제37조', 'Child Welfare Act art. 37')],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: ['multicultural', 'lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '취약계층 아동에게 맞춤형 통합서비스를 제공하여 아동의 건강한 성장과 발달을 도모합니다.',
    'Provides tailored integrated services to vulnerable children for healthy growth and development.',
  ),
  criteria: all(
    undefined,
    any(
      t('12세 이하 아동 또는 임산부', 'a child aged 12 or under, or a pregnant woman'),
      cmp(t('만 12세 이하', 'aged 12 or under'), v('person.age'), '<=', param('dreamStart.maxAge')),
      cmp(t('임산부', 'pregnant'), fact('pregnancy'), '==', lit(true)),
    ),
    judgement(
      t(
        '취약계층 아동·가족 (가정방문 양육환경·아동발달 조사)',
        'a vulnerable child or family (home visit on the caring environment and development)',
      ),
      t(
        '드림스타트 가정방문 조사와 사례관리 대상 선정 (시군구)',
        'Dream Start home assessment and selection (local government)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '아동발달 영역별 맞춤형 통합서비스: 인지·언어, 신체·건강, 정서·행동, 부모·가족 지원 (건강검진, 기초학습, 산전산후관리, 치료지원, 문화체험, 양육지원 등)',
      'Tailored integrated services by developmental area — cognition and language, physical health, emotions and behaviour, parent and family support (check-ups, basic learning, pre- and postnatal care, treatment, cultural activities, parenting support)',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
