import { all, defineProgram, judgement, type ParameterDefinition, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 전립선등 노인성질환 예방관리 (WLF00003280), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003280&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003280',
  version: '2026.1',
  name: t(
    '전립선등 노인성질환 예방관리',
    'Prevention and management of prostate and other geriatric diseases',
  ),
  ministry: '보건복지부',
  bureau: '건강정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '고령화와 함께 급증하고 있는 전립선 질환 등을 조기에 진단하고, 예방과 관리를 위한 교육 및 홍보를 지원합니다.',
    'Supports the early diagnosis of prostate disease and other diseases of old age, which rise quickly as the population ages, with education and publicity on their prevention and management.',
  ),
  criteria: all(
    undefined,
    judgement(
      t(
        '조기진단·예방관리 교육·홍보 사업 참여 (운영 일정·장소별 신청)',
        'taking part in the early-diagnosis and prevention education and publicity events (by schedule and venue)',
      ),
      t('사업 운영기관의 일정·참여 신청', 'the operator’s schedule and an application to take part'),
    ),
  ),
  benefit: {
    description: t(
      '전립선 질환 등 노인성질환의 조기 진단 지원과 예방·관리 교육 및 홍보 (현물·서비스)',
      'Support for the early diagnosis of prostate and other diseases of old age, with education and publicity on prevention and management (in kind and services)',
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
  openToAll: t(
    '공식 자료(복지로 요약)가 조기진단과 예방·관리 교육·홍보 사업으로만 설명하고 대상 요건(연령·성별 등)을 두지 않음',
    'the only official text (the Bokjiro summary) describes early diagnosis, education and publicity and states no eligibility requirement (age, sex or other)',
  ),
  parameters,
  cases,
});
