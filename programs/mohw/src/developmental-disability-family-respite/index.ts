import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 발달장애인 가족휴식지원사업 (WLF00001150), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001150&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「발달장애인 가족휴식 지원」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 발달장애인 가족휴식지원사업 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001150&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'developmentalDisabilityFamilyRespite.unregisteredChildAge',
    label: {
      ko: '장애 미등록 영유아 인정 연령 (만 나이 미만)',
      en: 'age under which unregistered infants qualify',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [book] }],
  },
  {
    id: 'developmentalDisabilityFamilyRespite.costPerPerson',
    label: { ko: '소요경비 지원 (1인당 최대, 2022)', en: 'costs paid (per person, maximum, 2022)' },
    unit: 'krw',
    versions: [{ from: '2022-01-01', value: { type: 'scalar', value: 240000 }, sources: [crawl] }],
  },
];

export default defineProgram({
  id: 'WLF00001150',
  version: '2026.1',
  name: t('발달장애인 가족휴식지원사업', 'Respite for families of people with developmental disabilities'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [
    t(
      '발달장애인 권리보장 및 지원에 관한 법률',
      'Act on Guarantee of Rights of and Support for Persons with Developmental Disabilities',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '발달장애인 가족의 돌봄 스트레스를 완화하고 정서적 안정을 지원하기 위하여 가족휴식 지원서비스를 제공합니다.',
    'Provides respite services to families of people with developmental disabilities, easing the stress of care and supporting emotional stability.',
  ),
  criteria: someMember(
    t(
      '발달장애인 본인 또는 그 가족 (가구 내 발달장애인)',
      'a person with a developmental disability or their family (member with a developmental disability)',
    ),
    all(
      undefined,
      any(
        undefined,
        cmp(
          t(
            '지적·자폐성 장애 등록 (부장애 포함)',
            'intellectual or autism disability registered (secondary included)',
          ),
          fact('disability', 'type'),
          'in',
          lit(['지적', '자폐성']),
        ),
        all(
          t('만 6세 미만 미등록 영유아', 'unregistered child under 6'),
          cmp(
            t('만 6세 미만', 'under 6'),
            v('person.age'),
            '<',
            param('developmentalDisabilityFamilyRespite.unregisteredChildAge'),
          ),
          judgement(
            t(
              '발달장애 의심 (발달재활서비스 의뢰서 또는 6개월 이내 의사 소견서)',
              'suspected developmental disability (referral or doctor’s note within 6 months)',
            ),
            t('의뢰서·소견서', 'referral or doctor’s note'),
          ),
        ),
      ),
      cmp(
        t(
          '장애등록 외국인(재외동포 포함)이 아님',
          'not a foreigner registered as disabled (overseas Koreans included)',
        ),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
    ),
  ),
  benefit: {
    description: t(
      '힐링캠프(가족·인식개선·동료상담), 테마여행(체험·역사·문화), 자율여행 경비 지원. 2022년 기준 소요경비 1인당 최대 24만 원 (초과분 본인 부담)',
      'Healing camps (family, awareness, peer counselling), theme trips and self-planned trips. In 2022, costs up to 240,000 per person (any excess paid by the family)',
    ),
  },
  form: {
    schema: z.object({
      programme: z
        .enum(['healingCamp', 'themeTrip', 'selfPlannedTrip'])
        .meta({ label: t('희망 프로그램', 'programme wanted') }),
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
