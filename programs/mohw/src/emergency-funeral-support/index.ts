import {
  all,
  any,
  cmp,
  defineProgram,
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
  title: '복지로 긴급복지 장제비지원 (WLF00000892), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000892&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「긴급복지 지원제도」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000892',
  version: '2026.1',
  name: t('긴급복지 장제비지원', 'Emergency welfare funeral costs'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('긴급복지지원법', 'Emergency Aid and Support Act')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '긴급복지 주지원(생계, 의료, 주거, 사회복지시설 이용지원)을 받는 긴급지원대상자(가구구성원 포함)가 사망한 경우 장제에 필요한 비용을 지원합니다.',
    'Pays the funeral costs when a person receiving main emergency support (livelihood, medical, housing or welfare-facility support), or a member of their household, dies.',
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
    judgement(
      t(
        '긴급지원대상자(가구구성원 포함) 사망',
        'death of the emergency-support recipient or a household member',
      ),
      t('사망 사실 확인 (사망진단서 등)', 'proof of death'),
    ),
  ),
  benefit: {
    description: t(
      '장제에 필요한 비용 지원 (1회, 부가지원). 금액은 출처에 없음',
      'Funeral costs (once, additional support). Amount not given in the sources',
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
      { id: 'deathCertificate', label: t('사망진단서 또는 사체검안서', 'death certificate'), required: true },
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
