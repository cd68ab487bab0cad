import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 TV수신료 면제 (WLF00004637), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004637&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title:
    '2024 나에게 힘이 되는 복지서비스 「기초생활수급자를 위한 요금감면제도」·「장애인을 위한 요금감면제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00004637',
  version: '2026.1',
  name: t('TV수신료 면제', 'TV licence fee exemption'),
  ministry: '방송통신위원회',
  bureau: '방송정책기획과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['veteran', 'disability', 'lowIncome'],
  provision: 'reduction',
  cycle: 'monthly',
  summary: t(
    '기초생활수급자, 차상위계층, 장애인, 국가유공자 등의 TV수신료 요금을 감면 지원합니다.',
    'Exempts NBLSS recipients, near-poor households, people with disabilities, national merit holders and others from the TV licence fee.',
  ),
  criteria: any(
    t('TV 수신료 면제 대상 가구', 'household exempt from the TV licence fee'),
    cmp(
      t('생계급여 수급', 'livelihood benefit recipient'),
      receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
      '==',
      lit(true),
    ),
    cmp(
      t('의료급여 수급', 'medical benefit recipient'),
      receives('WLF00000102', t('의료급여 수급', 'medical benefit recipient')),
      '==',
      lit(true),
    ),
    someMember(
      t('차상위계층 가구원', 'a near-poor member'),
      cmp(t('차상위계층', 'near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
    ),
    someMember(
      t('시청각 장애인 가정', 'a blind or deaf member'),
      cmp(
        t('시각·청각장애', 'visual or hearing impairment'),
        fact('disability', 'type'),
        'in',
        lit(['시각', '청각']),
      ),
    ),
    all(
      t('국가유공자', 'national merit holder'),
      someMember(
        t('보훈대상자 가구원', 'a patriot or veteran in the household'),
        cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
      ),
      judgement(
        t(
          '면제 대상 유공자 구분 (공식 자료에 세부 기준 없음)',
          'the merit-holder categories exempted (no details in the official texts)',
        ),
        t('보훈 구분 (한국전력·KBS)', 'veterans’ category (KEPCO, KBS)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      'TV 수신료 면제 (생계·의료급여 수급자, 시청각 장애인 가정 전액 면제 등; 주거·교육급여 수급자는 제외)',
      'Exemption from the TV licence fee (livelihood and medical benefit recipients, households with a blind or deaf member, and others; housing and education benefit recipients are not covered)',
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
  dependsOn: ['WLF00001132', 'WLF00000102'],
  parameters,
  cases,
});
