import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title:
    '복지로 아가와 엄마를 위한 무료 공익보험(우체국대한민국 엄마보험) (WLF00005631), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005631&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00005631',
  version: '2026.1',
  name: t(
    '아가와 엄마를 위한 무료 공익보험(우체국대한민국 엄마보험)',
    'Free public-interest insurance for babies and mothers (Korea Post mother insurance)',
  ),
  ministry: '과학기술정보통신부',
  bureau: '보험기획과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'pregnancy'],
  situations: [],
  provision: 'other',
  cycle: 'annual',
  summary: t(
    '자녀의 희귀질환과 엄마의 임신질환을 보장하는 공익보험으로 별도의 조건없이 국가(우체국)에서 보험료 전액을 지원합니다.',
    'A public-interest insurance covering children’s rare diseases and mothers’ pregnancy-related illnesses, with the whole premium paid by the state (Korea Post) and no other conditions.',
  ),
  criteria: all(
    undefined,
    cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
    judgement(
      t(
        '우체국 가입 신청 (가입 시기는 우체국 확인)',
        'enrolment at a post office (timing checked by Korea Post)',
      ),
      t('가입 신청 (우체국)', 'enrolment (Korea Post)'),
    ),
  ),
  benefit: {
    description: t(
      '자녀의 희귀질환과 엄마의 임신질환을 보장하는 공익보험, 보험료 전액 국가(우체국) 지원',
      'Public-interest insurance for the child’s rare diseases and the mother’s pregnancy-related illnesses; the premium is paid in full by the state (Korea Post)',
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
  parameters,
  cases,
});
