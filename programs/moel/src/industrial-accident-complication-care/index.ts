import { all, cmp, defineProgram, judgement, lit, receives, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 산재근로자 합병증 등 예방관리 (WLF00001069), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001069&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산재근로자 합병증 등 예방관리」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00001069',
  version: '2026.1',
  name: t('산재근로자 합병증 등 예방관리', 'Complication prevention care for injured workers'),
  ministry: '고용노동부',
  bureau: '산재보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'inKind',
  cycle: 'monthly',
  summary: t(
    '산재요양 종결 후 상병 및 장해의 특성으로 인하여 발생하는 합병증 등 예방관리를 지원합니다.',
    'After medical care for an industrial injury ends, supports the prevention and management of complications arising from the injury or disability.',
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
        '산재요양 종결 후 합병증 예방을 위해 진료가 필요하다고 인정된 산재장해인 등',
        'a worker with an industrial disability whose care has ended and who is recognised as needing treatment to prevent complications',
      ),
      t(
        '요양 종결·장해 판정 및 합병증 예방관리 대상 인정 (근로복지공단)',
        'end of care, disability rating and recognition for complication care (COMWEL)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '진찰, 약제, 처치, 검사, 물리치료, 한방진료 등 의학적 조치',
      'Medical measures: examination, medication, treatment, tests, physiotherapy, traditional Korean medicine and more',
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
