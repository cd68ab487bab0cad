import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 위기임신 및 보호출산 지원 (WLF00006289), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006289&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006289',
  version: '2026.1',
  name: t('위기임신 및 보호출산 지원', 'Crisis pregnancy and protected birth support'),
  ministry: '보건복지부',
  bureau: '아동정책과',
  legalBasis: [
    t(
      '위기 임신 및 보호출산 지원과 아동 보호에 관한 특별법',
      'Special Act on Support for Crisis Pregnancy and Protected Birth',
    ),
  ],
  target: 'person',
  lifeCycle: ['infant', 'child', 'pregnancy'],
  situations: [],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '위기임산부가 원가정 양육을 할 수 있도록 임신.출산 및 양육 지원 제도 안내 등 상담을 진행하고, 불가피한 경우 의료기관에서 가명으로 진료를 받고 출산할 수 있도록 지원합니다.',
    'Counsels women in a crisis pregnancy about pregnancy, birth and child-rearing support so that they can raise the child themselves, and where unavoidable lets them receive care and give birth under a pseudonym.',
  ),
  criteria: all(
    undefined,
    cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
    judgement(
      t(
        '위기임산부 (경제적·심리적·신체적 사유로 출산·양육에 어려움)',
        'a woman in a crisis pregnancy (economic, psychological or physical difficulties with birth or child-rearing)',
      ),
      t('위기임신 상담 (지역상담기관)', 'crisis-pregnancy counselling (regional counselling agency)'),
    ),
  ),
  benefit: {
    description: t(
      '위기임신 상담과 임신·출산·양육 지원제도 안내·연계, 불가피한 경우 의료기관에서 가명으로 진료·출산 (보호출산)',
      'Crisis-pregnancy counselling and links to pregnancy, birth and child-rearing support; where unavoidable, care and birth under a pseudonym (protected birth)',
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters: [],
  cases,
});
