import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 청년내일채움공제 (WLF00006215), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006215&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006215',
  version: '2026.1',
  name: t('청년내일채움공제', 'Youth Tomorrow Mutual Aid (Naeil Chaeum Gongje)'),
  ministry: '고용노동부',
  bureau: '청년취업지원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['teen', 'youth'],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '청년-기업-정부 3자 적립을 통해 제조·건설업 중소기업 등에 취업한 청년의 장기근속을 유도합니다.',
    'Encourages young people who joined small and medium manufacturing and construction firms to stay long-term, through joint saving by the young person, the company and the government.',
  ),
  criteria: all(
    undefined,
    cmp(t('근로자로 고용 중', 'currently employed'), fact('employment', 'status'), 'in', lit(['employee'])),
    judgement(
      t(
        '청년(연령 기준은 출처에 없음)으로 제조·건설업 중소기업 등에 취업하여 청년·기업·정부 3자 적립 공제에 가입',
        'a young person (no age limit in the sources) employed by an SME in manufacturing, construction or similar, enrolled in the three-party savings scheme',
      ),
      t(
        '연령 기준, 사업장 업종·규모와 가입 (고용노동부)',
        'age rule, the employer’s industry and size, and enrolment (MOEL)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '청년·기업·정부 3자 적립으로 중소기업 취업 청년의 장기근속 유도 (적립액은 출처에 없음)',
      'Joint saving by the young worker, the firm and the government to encourage long service (amounts not given in the sources)',
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
