import {
  all,
  any,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 긴급돌봄 지원사업 (WLF00005442) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005442&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number, note?: string) => [
  {
    from: '2026-01-01',
    value: { type: 'scalar' as const, value },
    sources: [bokjiro],
    ...(note ? { note } : {}),
  },
];

const parameters: ParameterDefinition[] = [
  {
    id: 'emergencyCare.mainMinAge',
    label: t(
      '주 대상 연령 (만 나이 이상, 예외 인정 시 연령 무관)',
      'main target age (full years; any age by exception)',
    ),
    unit: 'years',
    versions: scalar(13),
  },
  {
    id: 'emergencyCare.maxHours',
    label: t('기본돌봄 지원시간 한도', 'basic care hours, up to'),
    unit: 'count',
    versions: scalar(72),
  },
  {
    id: 'emergencyCare.recommendedDays',
    label: t('사용 권고 기간 (일 이내)', 'recommended period of use (days)'),
    unit: 'count',
    versions: scalar(30),
  },
  {
    id: 'emergencyCare.maxHoursPerDay',
    label: t('하루 최대 제공시간', 'maximum hours a day'),
    unit: 'count',
    versions: scalar(8),
  },
  {
    id: 'emergencyCare.extensionDays',
    label: t(
      '예외 추가 지원 기간 (일, 지자체장 인정)',
      'exceptional extension (days, local head’s approval)',
    ),
    unit: 'count',
    versions: scalar(30, '추가 지원 시 기본돌봄 72시간, 방문목욕 4회'),
  },
  {
    id: 'emergencyCare.extensionBathVisits',
    label: t('예외 추가 지원 방문목욕 횟수', 'bathing visits in the exceptional extension'),
    unit: 'count',
    versions: scalar(4),
  },
  {
    id: 'emergencyCare.nightHolidaySurchargeSubsidy',
    label: t(
      '야간·휴일 가산 수가 중 정부지원 한도 (30분당)',
      'government-funded part of the night/holiday surcharge (per 30 minutes)',
    ),
    unit: 'krw',
    versions: scalar(1500, '1,500원 초과 가산분은 지방비 또는 본인부담'),
  },
];

const notUsing = (id: string, ko: string, en: string) =>
  cmp(
    t(`${ko}를 이용하고 있지 않음`, `not using ${en}`),
    receives(id, t(`${ko} 이용`, `uses ${en}`), 'person'),
    '==',
    lit(false),
  );

export default defineProgram({
  id: 'WLF00005442',
  version: '2026.1',
  name: t('긴급돌봄 지원사업', 'Emergency care service'),
  ministry: '보건복지부',
  bureau: '사회서비스사업과',
  legalBasis: [
    t(
      '사회서비스 지원 및 사회서비스원 설립ㆍ운영에 관한 법률',
      'Act on Social Services Support and the Establishment and Operation of Social Service Agencies',
    ),
    t('사회서비스 이용 및 이용권 관리에 관한 법률', 'Act on the Use of Social Services and Vouchers'),
  ],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'voucher',
  cycle: 'once',
  summary: t(
    '질병·부상·주 돌봄자 부재·재난피해 등으로 긴급하고 일시적인 돌봄이 필요하나 장기요양·일상돌봄 등 다른 공적 돌봄서비스를 이용하고 있지 않은 사람(13세 이상 주 대상, 예외적으로 연령 무관)에게 선정조사를 거쳐 최대 72시간의 재가방문 돌봄을 제공합니다. 소득 제한은 없고 소득에 따라 본인부담이 다릅니다.',
    'People who urgently and temporarily need care because of illness, injury, the carer’s absence or a disaster, and who are not using another public care service (mainly 13+, any age by exception), are assessed and get up to 72 hours of home-visit care. There is no income limit; the copayment depends on income.',
  ),
  criteria: all(
    undefined,
    any(
      t('만 13세 이상 (예외적으로 연령 무관)', 'aged 13 or over (any age by exception)'),
      cmp(t('만 13세 이상', 'aged 13 or over'), v('person.age'), '>=', param('emergencyCare.mainMinAge')),
      judgement(
        t(
          '연령 예외: 긴급한 지원이 필요하다고 인정',
          'age exception: urgent support recognised as necessary',
        ),
        t('연령 예외 인정 (시군구)', 'age exception (local government)'),
      ),
    ),
    all(
      t(
        '보충성: 신청 당시 다른 공적 돌봄서비스를 이용하고 있지 않음 (신청 후 대기 중은 가능)',
        'no alternative: not using another public care service when applying (waiting for one is fine)',
      ),
      notUsing('WLF00003248', '노인장기요양 재가급여', 'long-term care at home'),
      notUsing('WLF00005411', '일상돌봄 서비스', 'the daily care service'),
      notUsing('WLF00003260', '장애인활동지원', 'personal assistance'),
    ),
    judgement(
      t('긴급성·돌봄 필요성 (대상 제외 사유 없음)', 'urgency and need for care (no excluded situation)'),
      t(
        '예기치 못한 질병·수술·사고, 주 돌봄자 부재, 재난피해 등 위기 발생; 독립적 일상생활 불가이고 돌볼 가족 없음; 그 밖의 공적 돌봄 미이용; 일반 아동 양육·즉시 개입이 필요한 사고·자살시도·학대·거처 부재가 아님 (읍면동 확인)',
        'a sudden crisis (illness, surgery, accident, carer absent, disaster); cannot manage daily life alone and no family to help; no other public care in use; not ordinary childcare, an accident needing immediate intervention, a suicide attempt, abuse or no place of residence (local check)',
      ),
    ),
    judgement(
      t(
        '대상자 선정조사 결과 지원필요도 상 (중은 긴급돌봄심의위원회 승인)',
        'assessed need “high” in the selection survey (“medium” with committee approval)',
      ),
      t(
        '가정 방문 대면 평가표 점수 (상 14점 이상, 중 6점 이상 14점 미만, 하 6점 미만)',
        'score of the face-to-face home assessment (high 14+, medium 6 to under 14, low under 6)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '신속·한시적 재가방문형 돌봄: 기본돌봄(재가 돌봄, 가사·이동 지원)과 방문목욕(일부 시·도). 최대 72시간, 가급적 30일 이내 사용, 하루 최대 8시간, 1시간 이상 30분 단위. 지자체장 인정 시 30일(기본돌봄 72시간, 방문목욕 4회) 추가. 가격은 노인장기요양보험 단가에 준하며 소득에 따라 본인부담 차등 (단가·본인부담률은 2026 사업안내가 정하고 복지로 상세에는 없음); 야간·휴일 가산 수가 중 30분당 1,500원은 정부지원',
      'Quick, temporary home-visit care: basic care (personal care, housework, mobility) and bathing (some provinces). Up to 72 hours, ideally within 30 days, at most 8 hours a day, from 1 hour in 30-minute steps; a further 30 days (72 hours, 4 baths) with the local head’s approval. Prices follow long-term-care rates with an income-based copayment (rates and copayment are in the 2026 guide, not the Bokjiro record); 1,500 won per 30 minutes of a night/holiday surcharge is government-funded',
    ),
  },
  form: {
    schema: z.object({
      crisisDescription: z
        .string()
        .min(1)
        .max(1000)
        .meta({ label: t('돌봄 위기 상황', 'the care crisis') }),
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
  reviewCycle: 'none',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00003248', 'WLF00005411', 'WLF00003260'],
  parameters,
  cases,
});
