import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 중장년 경력지원제 (WLF00005852), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005852&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00005852',
  version: '2026.1',
  name: t('중장년 경력지원제', 'Career support programme for middle-aged people'),
  ministry: '고용노동부',
  bureau: '고령사회인력정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '퇴직한 사무직 등 중장년에게 일경험을 쌓을 수 있도록 하고, 재취업과 경력 전환을 지원합니다.',
    'Gives middle-aged people who left office and similar jobs work experience, and supports their re-employment and career change.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('퇴직 후 미취업', 'left work and not employed'),
      fact('employment', 'status'),
      'in',
      lit(['unemployed']),
    ),
    judgement(
      t(
        '중장년으로서 사무직 등에서 퇴직 (연령 기준은 출처에 없음)',
        'middle-aged and retired from office or similar work (no age limit in the sources)',
      ),
      t('연령 기준과 퇴직 경력 (고용센터)', 'age rule and previous career (job centre)'),
    ),
  ),
  benefit: {
    description: t(
      '퇴직 중장년에게 일경험 기회를 제공하고 재취업과 경력 전환 지원 (월 단위 현금 지급, 금액은 출처에 없음)',
      'Work experience for retired middle-aged people, supporting re-employment and career change (monthly cash; amount not given in the sources)',
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
