import { all, cmp, defineProgram, judgement, lit, receives, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 산재근로자 사회심리재활지원 (WLF00000022), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000022&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산재근로자 사회심리 재활 지원」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00000022',
  version: '2026.1',
  name: t('산재근로자 사회심리재활지원', 'Psychosocial rehabilitation for injured workers'),
  ministry: '고용노동부',
  bureau: '산재보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'inKind',
  cycle: 'monthly',
  summary: t(
    '산업 재해 및 장해를 입은 근로자가 심리적 충격을 해소하고 재활할 수 있도록 지원합니다.',
    'Helps workers who suffered an industrial accident or disability overcome the psychological shock and recover.',
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
      t('산업재해로 인한 심리적 어려움', 'psychological difficulty caused by the industrial accident'),
      t(
        '심리상담·재활 프로그램 필요 여부 (근로복지공단 상담)',
        'need for counselling or a rehabilitation programme (COMWEL counselling)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '심리상담, 희망찾기·사회적응 프로그램, 재활스포츠, 멘토링 프로그램 등 (근로복지공단)',
      'Psychological counselling, hope-finding and social-adjustment programmes, rehabilitation sports, mentoring and more (COMWEL)',
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
