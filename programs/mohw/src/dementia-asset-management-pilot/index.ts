import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 치매안심재산관리서비스 시범사업 (WLF00006303), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006303&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006303',
  version: '2026.1',
  name: t('치매안심재산관리서비스 시범사업', 'Asset management service pilot for people with dementia'),
  ministry: '보건복지부',
  bureau: '노인건강과',
  legalBasis: [t('치매관리법', 'Dementia Management Act')],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '치매환자를 사기, 갈취 등 경제적 피해로부터 예방하고, 욕구필요에 맞는 재정배분을 통해 안전한 노후를 보장합니다.',
    'Protects people with dementia from fraud, extortion and other financial harm and secures a safe old age by allocating their finances to their needs.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('치매 진단', 'diagnosed with dementia'),
      fact('illness', 'kind'),
      '==',
      lit('dementia', t('치매', 'dementia')),
    ),
    judgement(
      t(
        '저소득 등 시범사업 선정 요건 (치매안심센터)',
        'pilot selection criteria such as low income (dementia care centre)',
      ),
      t('시범사업 대상자 선정 (치매안심센터)', 'pilot participant selection (dementia care centre)'),
    ),
  ),
  benefit: {
    description: t(
      '치매환자의 재산을 신탁 등으로 관리하고 필요에 맞게 생활비 등을 배분해 경제적 피해 예방',
      'The person’s assets are managed (for example in trust) and paid out according to their needs, preventing financial abuse',
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
