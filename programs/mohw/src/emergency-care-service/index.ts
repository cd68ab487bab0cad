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

const catalogue: Source = {
  title: '복지로 긴급돌봄 지원사업 (WLF00005442), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005442&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「긴급돌봄 지원사업」',
  status: 'official',
};
const bokjiro2026: Source = {
  title: '복지로 긴급돌봄 지원사업 (WLF00005442), 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005442&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'emergencyCare.mainMinAge',
    label: t(
      '주 대상 연령 (만 나이 이상, 예외 인정 가능)',
      'main target age (full years; exceptions possible)',
    ),
    unit: 'years',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 19 },
        sources: [booklet],
        note: '성인 돌봄(만 19세 이상) 주 대상, 예외적으로 연령 무관',
      },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 13 },
        sources: [bokjiro2026],
        note: '13세 이상 주 대상, 예외적으로 연령 무관',
      },
    ],
  },
  {
    id: 'emergencyCare.maxHours',
    label: t('지원 시간 한도', 'hours of care, up to'),
    unit: 'count',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 72 },
        sources: [booklet],
        note: '최대 30일 이내, 월 72시간',
      },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 72 },
        sources: [bokjiro2026],
        note: '가급적 30일 이내 사용 권고',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00005442',
  version: '2026.1',
  name: t('긴급돌봄 지원사업', 'Emergency care service'),
  ministry: '보건복지부',
  bureau: '사회서비스사업과',
  legalBasis: [
    t(
      '사회서비스 지원 및 사회서비스원 설립·운영에 관한 법률',
      'Act on Social Services Support and the Social Service Agencies',
    ),
  ],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'voucher',
  cycle: 'once',
  summary: t(
    '질병, 부상, 주 돌봄자의 갑작스러운 부재(사망, 입원 등), 재난피해 등 돌봄 공백을 신속히 보완해 국민의 돌봄불안을 해소합니다.',
    'Quickly fills sudden care gaps caused by illness, injury, the sudden absence of the main carer (death, hospitalisation) or disasters, relieving people’s care worries.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '주 대상 연령 이상 (예외적 긴급 지원은 연령 무관)',
        'at or above the main target age (exceptional urgent cases at any age)',
      ),
      cmp(
        t('주 대상 연령 이상', 'at or above the main target age'),
        v('person.age'),
        '>=',
        param('emergencyCare.mainMinAge'),
      ),
      judgement(
        t(
          '연령 예외: 긴급한 지원이 필요하다고 인정',
          'age exception: urgent support recognised as necessary',
        ),
        t('연령 예외 인정 (시군구)', 'age exception (local government)'),
      ),
    ),
    cmp(
      t('노인장기요양 재가급여를 이용하지 않음', 'not using long-term home care'),
      receives('WLF00003248', t('재가급여 이용', 'long-term home care user'), 'person'),
      '==',
      lit(false),
    ),
    cmp(
      t('일상돌봄 서비스를 이용하지 않음', 'not using the daily care service'),
      receives('WLF00005411', t('일상돌봄 이용', 'daily care user'), 'person'),
      '==',
      lit(false),
    ),
    cmp(
      t('장애인활동지원을 이용하지 않음', 'not using personal assistance'),
      receives('WLF00003260', t('장애인활동지원 이용', 'personal assistance user'), 'person'),
      '==',
      lit(false),
    ),
    judgement(
      t(
        '긴급성·돌봄 필요성·보충성 (질병·부상·주돌봄자 부재 등, 돌볼 가족 없음; 학대·자살시도 등 제외)',
        'urgency, need for care and no alternative (illness, injury, carer absent, no family; abuse and suicide attempts excluded)',
      ),
      t(
        '현장방문 필요도 조사 (지원필요도 상: 14점 이상)',
        'home assessment of need (high: 14 points or more)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '한시적 재가 방문형 돌봄: 기본돌봄(신체활동 지원)·가사·이동 지원(일부 시도 방문목욕), 최대 72시간 (30일 이내 사용 권고), 소득에 따라 본인부담',
      'Temporary home-visit care — personal care, housework and mobility help (bathing in some regions), up to 72 hours, best used within 30 days; income-based copayment',
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
  sources: [catalogue, booklet, bokjiro2026],
  fidelity: 'summary',
  dependsOn: ['WLF00003248', 'WLF00005411', 'WLF00003260'],
  parameters: parameters,
  cases,
});
