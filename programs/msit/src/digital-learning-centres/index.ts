import { all, defineProgram, judgement, type ParameterDefinition, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 디지털배움터 (WLF00001083), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001083&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「디지털배움터」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001083',
  version: '2026.1',
  name: t('디지털배움터', 'Digital learning centres'),
  ministry: '과학기술정보통신부',
  bureau: '디지털포용정책팀',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    'AI·디지털 취약계층을 대상으로 키오스크부터 생성형 AI 활용법까지 AI·디지털 역량강화 교육을 제공합니다.',
    'Offers AI and digital skills training, from kiosks to generative AI, to people left behind by AI and digital technology.',
  ),
  criteria: all(
    undefined,
    judgement(
      t(
        '교육 신청 (디지털배움터 누리집·전화)',
        'application for a course (Digital Learning Centre site or phone)',
      ),
      t('교육 신청', 'course application'),
    ),
  ),
  benefit: {
    description: t(
      '디지털 기초, 생활(모바일·키오스크 등) 등 ICT 활용 교육 무료 제공',
      'Free training in ICT use, from digital basics to everyday tasks (mobile phones, kiosks, …)',
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
  openToAll: t('대상이 "전 국민"으로 제외되는 사람이 없음', 'the target is "everyone": no one is excluded'),
  parameters,
  cases,
});
