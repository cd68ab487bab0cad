import {
  all,
  any,
  cmp,
  defineProgram,
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
  title: '복지로 임신 사전건강관리 지원사업 (WLF00005858), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005858&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「임신 사전건강관리 지원」',
  status: 'official',
};
const bokjiro2026: Source = {
  title: '복지로 임신 사전건강관리 지원사업 (WLF00005858), 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005858&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'preconceptionHealth.minAge',
    label: t('대상 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 20 },
        sources: [bokjiro2026],
        note: '2026년: 20~49세 남녀 중 검사 희망자 (결혼·자녀 여부 불문). 2024년 책자는 임신을 희망하는 부부 (연령 미표기)',
      },
    ],
  },
  {
    id: 'preconceptionHealth.maxAge',
    label: t('대상 연령 (만 나이 이하)', 'maximum age (full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 49 }, sources: [bokjiro2026] }],
  },
  {
    id: 'preconceptionHealth.testCap',
    label: t('검사비 지원 한도 (성별)', 'test cost limit (by sex)'),
    unit: 'krw',
    versions: [
      { from: '2024-01-01', value: { type: 'byKey', values: { F: 130000, M: 50000 } }, sources: [booklet] },
    ],
  },
];

export default defineProgram({
  id: 'WLF00005858',
  version: '2026.1',
  name: t('임신 사전건강관리 지원사업', 'Preconception health check support'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('모자보건법', 'Mother and Child Health Act')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'pregnancy'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '임신 및 출산에 장애가 될 수 있는 건강위험요인의 조기 발견 기회를 제공하고, 임신전 건강관리를 위한 의료.보건학적 지원을 통해 건강한 임신 출산 환경을 조성합니다.',
    'Offers early detection of health risks that could hinder pregnancy and childbirth, and medical and public-health support for health before pregnancy.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 20세 이상', 'aged 20 or over'), v('person.age'), '>=', param('preconceptionHealth.minAge')),
    cmp(t('만 49세 이하', 'aged 49 or under'), v('person.age'), '<=', param('preconceptionHealth.maxAge')),
    any(
      t('내국인 또는 내국인 배우자가 있는 외국인', 'a Korean national, or a foreigner with a Korean spouse'),
      cmp(
        t('대한민국 국적', 'Korean nationality'),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
      judgement(
        t('내국인 배우자가 있는 외국인', 'a foreigner with a Korean spouse'),
        t('배우자의 국적 (가족관계 자료)', 'the spouse’s nationality (family records)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '필수 가임력 검사비 지원: 여성 난소기능검사(AMH)·부인과 초음파 최대 13만 원, 남성 정액검사 최대 5만 원',
      'Fertility test costs: women (AMH test, gynaecological ultrasound) up to 130,000; men (semen analysis) up to 50,000',
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
  sources: [catalogue, booklet, bokjiro2026],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
