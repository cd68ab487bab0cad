import { all, cmp, defineProgram, judgement, lit, receives, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 요양급여(보조기)-산재보험급여 (WLF00001092), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001092&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산재보험 요양급여(재활보조기구)」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00001092',
  version: '2026.1',
  name: t('요양급여(보조기)-산재보험급여', 'Rehabilitation aids under industrial-accident medical care'),
  ministry: '고용노동부',
  bureau: '산재보상정책과',
  legalBasis: [t('산업재해보상보험법', 'Industrial Accident Compensation Insurance Act')],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '근로자의 업무상 사유에 의한 부상 및 질병에 대한 재활보조기구 비용(요양급여)을 지급하여 근로자의 재활 및 사회 복귀를 촉진합니다.',
    'Pays the cost of rehabilitation aids (medical-care benefit) for work-related injuries and diseases, to speed the worker’s rehabilitation and return to society.',
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
    judgement(
      t(
        '재활보조기구 지급 대상 (요양 종결 시 필요하거나, 치료 중 의학적으로 착용이 필요한 경우)',
        'eligible for rehabilitation aids (needed when care ends, or medically needed during treatment)',
      ),
      t(
        '재활보조기구 필요에 대한 의학적 소견 (산재보험 의료기관·근로복지공단)',
        'medical opinion that an aid is needed (industrial-accident hospital, COMWEL)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '재활보조기구 구입비용과 수리비용 지급 (품목은 근로복지공단 고시에 따름)',
      'Purchase and repair costs of rehabilitation aids (items as listed by COMWEL)',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  dependsOn: ['WLF00005447'],
  parameters: [],
  cases,
});
