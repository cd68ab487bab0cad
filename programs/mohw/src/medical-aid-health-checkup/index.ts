import {
  all,
  any,
  cmp,
  defineProgram,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 의료급여수급권자 일반건강검진비 지원 (WLF00003238), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003238&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가건강검진제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidHealthCheckup.generalMinAge',
    label: t('일반건강검진 연령 (만 나이 이상)', 'general check-up, minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20 }, sources: [booklet] }],
  },
  {
    id: 'medicalAidHealthCheckup.generalMaxAge',
    label: t('일반건강검진 연령 (만 나이 이하)', 'general check-up, maximum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 64 }, sources: [booklet] }],
  },
  {
    id: 'medicalAidHealthCheckup.transitionMinAge',
    label: t('의료급여 생애전환기 검진 연령 (만 나이 이상)', 'life-transition check-up, minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 66 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003238',
  version: '2026.1',
  name: t('의료급여수급권자 일반건강검진비 지원', 'General health check-ups for medical-aid recipients'),
  ministry: '보건복지부',
  bureau: '건강증진과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '의료급여수급권자를 대상으로 일반건강검진, 의료급여생애전환기검진을 제공하여 건강증진을 도모합니다.',
    'Provides general health check-ups and life-transition check-ups to medical-aid recipients to promote their health.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    any(
      t(
        '일반건강검진(20~64세) 또는 생애전환기 검진(66세 이상) 연령',
        'age for the general (20–64) or life-transition (66+) check-up',
      ),
      all(
        t('만 20~64세 (일반건강검진)', 'aged 20–64 (general check-up)'),
        cmp(
          t('만 20세 이상', 'aged 20 or over'),
          v('person.age'),
          '>=',
          param('medicalAidHealthCheckup.generalMinAge'),
        ),
        cmp(
          t('만 64세 이하', 'aged 64 or under'),
          v('person.age'),
          '<=',
          param('medicalAidHealthCheckup.generalMaxAge'),
        ),
      ),
      cmp(
        t('만 66세 이상 (의료급여 생애전환기 검진)', 'aged 66 or over (life-transition check-up)'),
        v('person.age'),
        '>=',
        param('medicalAidHealthCheckup.transitionMinAge'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '일반건강검진(2년에 1회, 비사무직 매년) 또는 의료급여 생애전환기 검진(66세 이상: 골밀도·인지기능·우울증·생활습관·노인신체기능 등) 무료 제공',
      'Free general check-up (every 2 years, yearly for manual workers) or, from 66, the life-transition check-up (bone density, cognition, depression, lifestyle, physical function)',
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
  dependsOn: ['WLF00000102'],
  parameters: parameters,
  cases,
});
