import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 무료법률상담 (WLF00006308), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006308&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「무료 법률상담」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006308',
  version: '2026.1',
  name: t('무료법률상담', 'Free legal counselling'),
  ministry: '법무부',
  bureau: '인권구조과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['lowIncome'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '경제적으로 어렵거나 법을 잘 몰라 법의 보호를 충분히 받지 못하는 국민을 지원합니다.',
    'Supports people who cannot get enough protection from the law because they are poor or do not know the law.',
  ),
  criteria: all(
    undefined,
    any(
      t('대한민국 국민 또는 국내 체류 외국인', 'Korean national or foreign resident'),
      cmp(
        t('대한민국 국적', 'Korean nationality'),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
      cmp(
        t('국내 체류 외국인 (외국인등록)', 'registered foreign resident'),
        fact('foreignResident'),
        '==',
        lit(true),
      ),
    ),
    judgement(
      t('상담이 필요한 법률문제 (상담 예약)', 'a legal problem needing advice (consultation booked)'),
      t(
        '상담 신청 (대한법률구조공단 132·누리집·방문)',
        'booking (Korea Legal Aid Corporation, 132, website or visit)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '방문(전국 공단 사무소, 10~17시)·화상·전화(132)·채팅 무료 법률상담',
      'Free legal advice in person (legal aid offices, 10:00–17:00), by video, phone (132) or chat',
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
      {
        id: 'idCard',
        label: t('신분증 (외국인은 외국인등록증)', 'identity card (foreigners: residence card)'),
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
