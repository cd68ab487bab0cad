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
  title: '복지로 장애인 집합 정보화교육 (WLF00000066), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000066&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 정보화교육」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000066',
  version: '2026.1',
  name: t('장애인 집합 정보화교육', 'Group ICT training for people with disabilities'),
  ministry: '과학기술정보통신부',
  bureau: '디지털포용정책팀',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '장애인을 대상으로 다양한 정보화교육을 실시하여 정보사회 적응력 및 생산적 정보활용능력 향상을 지원합니다.',
    'Offers people with disabilities a range of ICT training to help them adapt to the information society and use information productively.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '정보화교육 과정 신청·배정 (교육기관별 개설·정원)',
        'course application and placement (by provider, within places)',
      ),
      t('디지털배움터 누리집 신청', 'application on the Digital Learning Centre site'),
    ),
  ),
  benefit: {
    description: t(
      '전국 장애인 정보화교육기관의 집합교육(컴퓨터 기초·인터넷·자격증, 교재·교육비 무료), 방문교육, IT 긴급지원',
      'Classroom courses at disability ICT training centres (computer basics, internet, certificates; free materials and fees), home tutoring and emergency IT help',
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
  parameters,
  cases,
});
