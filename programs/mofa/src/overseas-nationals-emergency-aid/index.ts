import { all, cmp, defineProgram, judgement, lit, type Source, t, v, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 재외국민긴급지원비 (WLF00004669), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004669&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00004669',
  version: '2026.1',
  name: t('재외국민긴급지원비', 'Emergency Aid for Korean Nationals Abroad'),
  ministry: '외교부',
  bureau: '재외국민보호과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '해외에서의 사건, 사고로부터 재외국민을 긴급히 보호할 필요가 있는 경우, 영사조력 과정의 비용을 지원합니다.',
    'Pays the costs of consular assistance when Korean nationals abroad urgently need protection from incidents and accidents.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('대한민국 국민', 'Korean national'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    judgement(
      t(
        '해외에서의 사건·사고로 긴급히 보호할 필요가 있는 재외국민 (영사조력)',
        'a Korean abroad who urgently needs protection after an incident or accident (consular assistance)',
      ),
      t('재외공관의 영사조력 필요 판단', 'the mission’s assessment of the need for consular assistance'),
    ),
  ),
  benefit: {
    description: t(
      '영사조력 과정의 비용 지원 (지원 항목·금액은 출처에 없음)',
      'Costs of consular assistance (items and amounts not in the sources)',
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
