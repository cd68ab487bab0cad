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
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 긴급복지 해산비지원 (WLF00003178), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003178&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「긴급복지 지원제도」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003178',
  version: '2026.1',
  name: t('긴급복지 해산비지원', 'Emergency welfare childbirth costs'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('긴급복지지원법', 'Emergency Aid and Support Act')],
  target: 'person',
  lifeCycle: ['pregnancy'],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '생계곤란 등의 위기상황에 처하여 도움이 필요한 긴급복지 주지원(생계,주거,의료,시설이용) 중인 대상자(가구구구성원 포함) 중 조산(助産) 및 분만 후의 필요한 조치와 보호를 위해 해산비를 지원합니다.',
    'Pays childbirth costs for midwifery and care before and after delivery to people (household members included) receiving main emergency support (livelihood, housing, medical or welfare-facility support) because of a crisis.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '긴급복지 주지원(생계·의료·주거·사회복지시설 이용) 수급',
        'receives main emergency support (livelihood, medical, housing or facility)',
      ),
      cmp(
        t('긴급복지 생계지원 수급', 'receives emergency livelihood support'),
        receives('WLF00003180', t('긴급복지 생계지원 수급', 'receives emergency livelihood support')),
        '==',
        lit(true),
      ),
      cmp(
        t('긴급복지 의료지원 수급', 'receives emergency medical support'),
        receives('WLF00003179', t('긴급복지 의료지원 수급', 'receives emergency medical support')),
        '==',
        lit(true),
      ),
      cmp(
        t('긴급복지 주거지원 수급', 'receives emergency housing support'),
        receives('WLF00000917', t('긴급복지 주거지원 수급', 'receives emergency housing support')),
        '==',
        lit(true),
      ),
      cmp(
        t('긴급복지 사회복지시설 이용지원 수급', 'receives emergency welfare-facility support'),
        receives(
          'WLF00003229',
          t('긴급복지 사회복지시설 이용지원 수급', 'receives emergency welfare-facility support'),
        ),
        '==',
        lit(true),
      ),
    ),
    any(
      t('출산(예정)', 'giving birth or expecting'),
      cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      judgement(t('출산함', 'has given birth'), t('출생 사실 확인', 'proof of birth')),
    ),
  ),
  benefit: {
    description: t(
      '조산(助産) 및 분만 전후 필요한 조치와 보호를 위한 해산비 (1회, 부가지원). 금액은 출산 사유·태아 수에 따라 다르며 출처에 없음',
      'Childbirth costs for midwifery and care before and after delivery (once, additional support). Amounts not given in the sources',
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
      { id: 'birthProof', label: t('임신·출생 확인 서류', 'proof of pregnancy or birth'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2026-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000917', 'WLF00003179', 'WLF00003180', 'WLF00003229'],
  parameters,
  cases,
});
