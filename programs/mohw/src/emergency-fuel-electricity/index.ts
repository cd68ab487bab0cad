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
  title: '복지로 긴급복지 연료비 및 전기요금 (WLF00001162), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001162&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = { title: '2024 나에게 힘이 되는 복지서비스 「긴급복지 지원제도」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001162',
  version: '2026.1',
  name: t('긴급복지 연료비 및 전기요금', 'Emergency welfare fuel and electricity costs'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('긴급복지지원법', 'Emergency Aid and Support Act')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '긴급복지 주지원(생계지원, 주거지원)을 받는 가구 중 위기상황을 극복하기 위해 연료비나 전기요금 지원이 필요한 경우 부가적으로 지원합니다.',
    'Additionally pays fuel costs or electricity bills for households receiving main emergency support (livelihood or housing) when they need it to overcome the crisis.',
  ),
  criteria: all(
    undefined,
    any(
      t('긴급복지 생계지원 또는 주거지원 수급', 'receives emergency livelihood or housing support'),
      cmp(
        t('긴급복지 생계지원 수급', 'receives emergency livelihood support'),
        receives('WLF00003180', t('긴급복지 생계지원 수급', 'receives emergency livelihood support')),
        '==',
        lit(true),
      ),
      cmp(
        t('긴급복지 주거지원 수급', 'receives emergency housing support'),
        receives('WLF00000917', t('긴급복지 주거지원 수급', 'receives emergency housing support')),
        '==',
        lit(true),
      ),
    ),
    judgement(
      t(
        '위기상황 극복을 위해 연료비·전기요금 지원 필요',
        'needs fuel or electricity support to overcome the crisis',
      ),
      t('담당 공무원 판단 (동절기 연료비, 단전 등)', 'caseworker decision (winter fuel, power cut-off, …)'),
    ),
  ),
  benefit: {
    description: t(
      '동절기(10월~3월) 연료비 및 전기요금 부가 지원. 금액은 출처에 없음',
      'Additional winter (October–March) fuel costs and electricity bills. Amounts not given in the sources',
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
  reviewCycle: 'onChange',
  effective: { from: '2026-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000917', 'WLF00003180'],
  parameters,
  cases,
});
