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
  title: '복지로 재해위로금지급 (WLF00003214), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003214&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「재해위로금」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransDisasterConsolation.consolation',
    label: t('재해위로금 (피해 구분별)', 'consolation money (by damage)'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            deathOrMissing: 5000000,
            injuryTwoWeeksInpatient: 300000,
            houseDestroyed: 5000000,
            houseHalfDestroyed: 2500000,
            houseFlooded: 500000,
            apartmentHigh: 1000000,
            apartmentLow: 500000,
            sharedFacilityHigh: 5000000,
            sharedFacilityLow: 2500000,
            otherPropertyHigh: 500000,
            otherPropertyLow: 300000,
          },
        },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'veteransDisasterConsolation.damageBands',
    label: t('재해위로금 피해액 구간 기준', 'damage bands for consolation money'),
    unit: 'krw',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            apartmentHighOver: 20000000,
            apartmentLowOver: 10000000,
            sharedFacilityHighOver: 10000000,
            sharedFacilityLowOver: 5000000,
            otherPropertyHighOver: 10000000,
            otherPropertyLowOver: 500000,
          },
        },
        sources: [booklet],
        note: '공동주택 2,000만 원 초과 / 1,000만 원 초과~2,000만 원 이하; 공동이용시설 1,000만 원 초과 / 500만 원 초과~1,000만 원 이하; 기타 재산 1,000만 원 초과 / 50만 원 초과~1,000만 원 이하',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003214',
  version: '2026.1',
  name: t('재해위로금지급', 'Disaster consolation money for veterans’ families'),
  ministry: '국가보훈부',
  bureau: '복지정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '자연재해로 인명, 재산상 피해를 입은 국가유공자 등 보훈가족을 위로하고 재해복구의지를 고취시키기 위하여 재해위로금을 지급합니다.',
    'Pays consolation money to persons of national merit and other veterans’ families who suffered loss of life or property from natural disasters, to comfort them and encourage recovery.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '국가유공자·독립유공자·보훈보상대상자·5·18민주유공자·특수임무유공자·참전유공자 및 그 유족',
        'person of national merit, independence patriot, veterans-compensation beneficiary, May 18 or special-mission merit, war veteran, or their bereaved',
      ),
      fact('veteran', 'category'),
      'in',
      lit(['국가유공자', '독립유공자', '보훈보상대상자', '5·18민주유공자', '특수임무유공자', '참전유공자']),
    ),
    any(
      t(
        '자연재해·주택 화재·특별재난지역 피해',
        'damage from a natural disaster, a fire at the home, or in a special disaster area',
      ),
      cmp(
        t('재난 피해 확인 (행정안전부)', 'registered disaster victim (interior ministry)'),
        fact('disasterVictim'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '거주 주택의 화재 또는 특별재난지역 피해',
          'a fire at the home, or damage in a special disaster area',
        ),
        t('피해 사실과 정도 (보훈관서 조사)', 'the damage and its extent (veterans office)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '피해 정도에 따라 지급: 사망·실종 5,000,000원, 2주 이상 입원 부상 300,000원; 주택 전파 5,000,000원, 반파 2,500,000원, 침수 500,000원; 공동주택 피해 500,000~1,000,000원; 공동이용시설 피해 2,500,000~5,000,000원; 기타 재산 피해 300,000~500,000원 (2024년 기준)',
      'By damage: death or missing 5,000,000; injury needing 2+ weeks in hospital 300,000; house destroyed 5,000,000, half destroyed 2,500,000, flooded 500,000; apartment damage 500,000–1,000,000; shared facilities 2,500,000–5,000,000; other property 300,000–500,000 (2024)',
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
