import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 산재근로자직업훈련 (WLF00001125), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001125&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산재근로자 직업훈련」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'iaTraining.costCap',
    label: t('직업훈련비용 한도 (그 밖의 훈련, 1인당)', 'training cost limit for other courses (per person)'),
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6_000_000 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00001125',
  version: '2026.1',
  name: t('산재근로자직업훈련', 'Vocational training for injured workers'),
  ministry: '고용노동부',
  bureau: '산재보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '산업재해로 치료를 받고 요양 종결 후에 원래의 직장에 복귀하지 못한 산업재해 장애인에게 직업훈련비용과 훈련수당을 지원하여 직업 복귀를 촉진합니다.',
    'Pays training costs and a training allowance to workers disabled by an industrial accident who could not return to their original job after care ended, to help them back into work.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '산재보험급여 수급 (업무상 재해가 인정된 산재근로자 또는 유족)',
        'receives industrial-accident insurance benefits (worker whose injury was recognised, or survivor)',
      ),
      receives(
        'WLF00005447',
        t(
          '산재보험급여 수급 (업무상 재해가 인정된 산재근로자 또는 유족)',
          'receives industrial-accident insurance benefits (worker whose injury was recognised, or survivor)',
        ),
        'person',
      ),
      '==',
      lit(true),
    ),
    cmp(
      t(
        '훈련 신청일 현재 미취업 (자영업 포함)',
        'not employed on the application date (self-employment counts as not employed)',
      ),
      fact('employment', 'status'),
      'in',
      lit(['unemployed', 'selfEmployed']),
    ),
    judgement(
      t(
        '장해등급 1~12급 산재장해인으로 다른 직업훈련을 받고 있지 않음',
        'industrial disability grade 1–12 and not in another training course',
      ),
      t('장해등급과 다른 직업훈련 수강 여부 (근로복지공단)', 'disability grade and other training (COMWEL)'),
    ),
  ),
  benefit: {
    description: t(
      '훈련비용: 「근로자직업능력개발법」 훈련과 한국장애인고용공단 위탁훈련은 정부지원승인 훈련비, 그 밖의 훈련은 1인당 600만 원 한도. 훈련수당: 1일당 최저임금액 기준으로 훈련시간·기간에 따라 차등',
      'Training costs (approved fees for courses under the Workers’ Vocational Skills Development Act and KEAD courses; up to 6,000,000 per person for other courses) and a training allowance based on the daily minimum wage, by hours and length',
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
      courseName: z
        .string()
        .min(1)
        .max(200)
        .meta({ label: t('희망 훈련과정', 'training course') }),
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  dependsOn: ['WLF00005447'],
  parameters: parameters,
  cases,
});
