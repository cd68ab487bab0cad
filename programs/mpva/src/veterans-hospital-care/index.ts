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
  title: '복지로 보훈병원 진료 (WLF00000998), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000998&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「보훈병원 진료」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransHospitalCare.reductionMin',
    label: t('감면진료 감면율 (최저)', 'fee reduction (lowest)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.3 }, sources: [booklet] }],
  },
  {
    id: 'veteransHospitalCare.reductionMax',
    label: t('감면진료 감면율 (최고)', 'fee reduction (highest)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.9 }, sources: [booklet] }],
  },
  {
    id: 'veteransHospitalCare.copayOtherConditions',
    label: t(
      '상이처 이외 질환 본인부담률 (2012.7.1. 이후 등록 7급 등)',
      'copay for conditions other than the wound (grade 7 registered after 1 July 2012 etc.)',
    ),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.1 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000998',
  version: '2026.1',
  name: t('보훈병원 진료', 'Care at Veterans Hospitals'),
  ministry: '국가보훈부',
  bureau: '보훈의료정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '국가보훈대상자가 건강한 생활을 유지할 수 있도록 보훈병원 진료비의 일부 또는 전액을 국가가 지원합니다.',
    'The state pays part or all of the costs of care at Veterans Hospitals so that veterans can stay healthy.',
  ),
  criteria: any(
    t('국비진료 또는 감면진료 대상', 'covered for free or reduced-fee care'),
    all(
      t(
        '유공자 본인 (독립유공자·신체 희생이 있는 국가유공자는 국비, 그 밖의 국가유공자는 감면)',
        'the person of merit (free care for independence patriots and the wounded, reduced fees for others)',
      ),
      cmp(
        t(
          '보훈대상자 구분: 독립유공자, 국가유공자, 보훈보상대상자, 5·18민주유공자, 특수임무유공자, 고엽제후유증, 무공수훈자, 참전유공자',
          'veteran category: independence patriot, person of national merit, veterans-compensation beneficiary, May 18 democracy merit, special-mission merit, Agent Orange sequelae patient, military merit decoration holder, war veteran (participant)',
        ),
        fact('veteran', 'category'),
        'in',
        lit([
          '독립유공자',
          '국가유공자',
          '보훈보상대상자',
          '5·18민주유공자',
          '특수임무유공자',
          '고엽제후유증',
          '무공수훈자',
          '참전유공자',
        ]),
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
    ),
    all(
      t('감면진료: 유가족', 'reduced fees: bereaved family'),
      cmp(
        t(
          '보훈대상자 구분: 독립유공자, 국가유공자, 보훈보상대상자, 5·18민주유공자, 특수임무유공자, 고엽제후유증, 무공수훈자, 참전유공자',
          'veteran category: independence patriot, person of national merit, veterans-compensation beneficiary, May 18 democracy merit, special-mission merit, Agent Orange sequelae patient, military merit decoration holder, war veteran (participant)',
        ),
        fact('veteran', 'category'),
        'in',
        lit([
          '독립유공자',
          '국가유공자',
          '보훈보상대상자',
          '5·18민주유공자',
          '특수임무유공자',
          '고엽제후유증',
          '무공수훈자',
          '참전유공자',
        ]),
      ),
      cmp(
        t('유족·가족으로 등록', 'registered as a bereaved or family member'),
        fact('veteran', 'isFamily'),
        '==',
        lit(true),
      ),
      judgement(
        t('감면진료 대상 유가족 (유족 구분·순위)', 'bereaved family member covered for reduced fees'),
        t('유족 구분·순위 (국가보훈부)', 'the bereaved member’s type and rank (veterans ministry)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '국비진료: 진료비 전액 지원 (예방·외모개선 진료 등 제외; 2012.7.1. 이후 등록 7급 상이유공자 등은 상이처 이외 질환 10% 본인부담). 감면진료: 본인부담액의 30~90% 감면',
      'Free care: all costs (not preventive or cosmetic care; 10% copay for other conditions for grade 7 wounded registered after 1 July 2012 and similar). Reduced-fee care: 30–90% off the copay',
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
