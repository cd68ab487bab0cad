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
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 재해보상금 (WLF00001074), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001074&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「재해보상금」', status: 'official' };

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001074',
  version: '2026.1',
  name: t('재해보상금', 'Disaster compensation for conscripted police, firefighters and prison guards'),
  ministry: '국가보훈부',
  bureau: '보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '의무경찰, 의무소방대원, 교정시설 경비교도대원이 복무중 사망하거나 상이를 입고 퇴직한 경우 재해보상금을 지급하여 국가의 책임을 강화합니다.',
    'Pays disaster compensation when conscripted police, conscripted firefighters or prison guard conscripts die or are wounded and discharged during service, reinforcing the state’s responsibility.',
  ),
  criteria: any(
    t(
      '의무경찰·의무소방원·경비교도 본인 또는 유족',
      'the conscripted police officer, firefighter or prison guard, or the bereaved',
    ),
    all(
      t('본인: 복무 중 상이를 입고 퇴직', 'in person: wounded in service and discharged'),
      cmp(
        t('복무를 마치고 퇴직 (전역)', 'left service (discharged)'),
        fact('military', 'status'),
        'in',
        lit(['discharged']),
      ),
      judgement(
        t(
          '의무경찰·의무소방원·교정시설 경비교도로 전투 또는 공무수행 중 상이를 입고 퇴직',
          'wounded in combat or on duty as a conscripted police officer, firefighter or prison guard, then discharged',
        ),
        t(
          '복무 구분과 상이 경위 (국가보훈부 심사)',
          'type of service and how the wound occurred (veterans ministry review)',
        ),
      ),
    ),
    all(
      t('유족: 복무 중 사망', 'bereaved: death in service'),
      cmp(
        t('보훈대상자 유족으로 등록', 'registered as a bereaved family member'),
        fact('veteran', 'isFamily'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '의무경찰·의무소방원·교정시설 경비교도로 복무 중 사망한 사람의 유족',
          'bereaved family of a conscripted police officer, firefighter or prison guard who died in service',
        ),
        t(
          '사망 경위와 유족 관계 (국가보훈부 심사)',
          'cause of death and relationship (veterans ministry review)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '전투 또는 공무수행 중 사망하거나 상이를 입고 퇴직한 경우 사망(상이)급여금 지급 (금액은 출처에 없음)',
      'A death or injury payment when death or a wound occurred in combat or on duty (the amounts are not in the sources)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
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
