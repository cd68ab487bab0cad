import {
  all,
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
  title: '복지로 의료급여 장애인보조기기 지원 (WLF00000067), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000067&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 보조기기 급여」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 의료급여 장애인보조기기 지원 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000067&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000067',
  version: '2026.1',
  name: t('의료급여 장애인보조기기 지원', 'Assistive devices for people with disabilities on medical aid'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [
    t('의료급여법', 'Medical Aid Act'),
    t('의료급여법 시행규칙', 'Enforcement Rule of the Medical Aid Act'),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '의료급여수급 장애인에게 장애인보조기기비용을 지원하여 저소득 장애인의 삶의 질 향상과 사회복지 증진에 기여합니다.',
    'Pays for assistive devices for people with disabilities who receive medical aid, improving the quality of life of low-income people with disabilities and promoting social welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급권자', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '보조기기 처방·급여기준 (품목·기준액·내구연한) 충족',
        'device prescribed and within the benefit rules (item, reference price, service life)',
      ),
      t(
        '전문의 처방전과 급여 기준 확인 (시군구)',
        'specialist prescription and benefit-rule check (local government)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '급여대상 장애인보조기기(전동휠체어, 의료용 스쿠터, 자세보조용구, 목발, 의지·보조기, 맞춤형 교정용 신발 등) 구입 시 기준액·고시액·실구입가 중 낮은 금액을 의료급여기금에서 부담',
      'For covered assistive devices (power wheelchairs, mobility scooters, posture aids, crutches, prostheses and orthoses, orthopaedic shoes, …) the medical-aid fund pays the lowest of the reference price, the notified price and the actual price',
    ),
  },
  form: {
    schema: z.object({
      deviceItem: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('보조기기 품목', 'device item') }),
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
      { id: 'prescription', label: t('보조기기 처방전', 'device prescription'), required: true },
      { id: 'inspection', label: t('보조기기 검수확인서', 'device inspection certificate'), required: true },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
