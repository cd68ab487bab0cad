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
  title: '복지로 마을변호사 (WLF00006295), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006295&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「마을변호사」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006295',
  version: '2026.1',
  name: t('마을변호사', 'Village lawyers'),
  ministry: '법무부',
  bureau: '법무과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'quarterly',
  summary: t(
    '변호사를 접하기 어려운 지역에 거주하는 주민들이 각 마을에 배정된 마을 변호사와 손쉽게 법률 상담을 진행할 수 있는 제도입니다.',
    'Lets residents of areas where lawyers are hard to reach get legal advice easily from the village lawyer assigned to their town or township.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('지방 중소도시·농어촌 거주 (대도시 제외)', 'lives in a small city or rural area (not a large city)'),
      v('household.cityClass'),
      'in',
      lit(['smallCity', 'rural']),
    ),
    judgement(
      t(
        '마을변호사가 배치된 읍면동(무변촌 등)에 거주',
        'lives in a town or township with an assigned village lawyer (an area without lawyers or similar)',
      ),
      t(
        '거주 읍면동의 마을변호사 배치 여부 (읍면동 마을법률담당공무원)',
        'whether a village lawyer is assigned (town office legal officer)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '해당 읍면동 주민에게 무료 법률상담 (전화·이메일, 현장 방문상담)',
      'Free legal advice for residents (by phone or e-mail, sometimes on site)',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
