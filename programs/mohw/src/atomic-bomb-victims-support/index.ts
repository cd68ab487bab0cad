import {
  all,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 원폭피해자지원 (WLF00000077), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000077&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「원폭피해자 지원」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'atomicBombVictimsSupport.medicalAllowance',
    label: { ko: '진료보조비 (월, 분기별 지급)', en: 'medical allowance (monthly, paid quarterly)' },
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'byKey', values: { general: 100000, welfareCentreResident: 50000 } },
        sources: [book],
      },
    ],
  },
  {
    id: 'atomicBombVictimsSupport.funeralCost',
    label: { ko: '장제비 (일시 지급)', en: 'funeral costs (lump sum)' },
    unit: 'krw',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 2100000 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00000077',
  version: '2026.1',
  name: t('원폭피해자지원', 'Support for Korean atomic-bomb victims'),
  ministry: '보건복지부',
  bureau: '질병정책과',
  legalBasis: [
    t('한국인 원자폭탄 피해자 지원을 위한 특별법', 'Special Act on Support for Korean Atomic Bomb Victims'),
  ],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '2차대전 당시 재일 한국인 원폭피해자에게 진료비, 진료보조비, 장제비 및 합천원폭피해자복지회관 입주지원 등을 통해 복지증진을 도모합니다.',
    'Improves the welfare of Koreans who were in Japan and hit by the atomic bombs in the Second World War, through medical costs, a medical allowance, funeral costs and admission to the Hapcheon atomic-bomb victims’ welfare centre.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('대한민국 국민 (한국인 피해자)', 'Korean national (Korean victim)'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    judgement(
      t(
        '원폭피해자 (2차대전 당시 히로시마·나가사키 원폭 피해)',
        'atomic-bomb victim (Hiroshima or Nagasaki, Second World War)',
      ),
      t('원폭피해자 등록 (대한적십자사)', 'registration as a victim (Korean Red Cross)'),
    ),
  ),
  benefit: {
    description: t(
      '진료비: 건강수첩 미소지자의 요양급여 본인부담금 전액. 진료보조비: 월 10만 원 (분기별 지급, 원폭피해자복지회관 입소자 월 5만 원). 장제비: 210만 원 일시 지급. 합천원폭피해자복지회관 입주 지원',
      'Medical costs: full copay for victims without a Japanese health handbook. Medical allowance: 100,000 a month (paid quarterly; 50,000 for residents of the welfare centre). Funeral costs: 2,100,000 once. Admission to the Hapcheon welfare centre',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('atomicBombVictimsSupport.medicalAllowance', 'general');
      return {
        amountKrw,
        lines: [
          {
            label: t(
              '진료보조비 (월, 복지회관 입소자는 5만 원)',
              'medical allowance (monthly; 50,000 for centre residents)',
            ),
            value: amountKrw,
          },
        ],
      };
    },
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
      {
        id: 'victimProof',
        label: t('원폭피해자 확인 서류', 'proof of being an atomic-bomb victim'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
