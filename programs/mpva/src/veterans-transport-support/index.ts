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
  title: '복지로 교통시설 이용지원(버스, 고속철도, 내항여객선) (WLF00000101), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000101&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「교통시설 이용 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransTransportSupport.maxWoundGrade',
    label: t('국가유공상이자 상이등급 (이내)', 'injury grades covered (up to)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 7 }, sources: [booklet] }],
  },
  {
    id: 'veteransTransportSupport.maxMay18InjuryGrade',
    label: t('5·18민주화운동 부상자 장해등급 (이내)', 'May 18 injury grades covered (up to)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 14 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000101',
  version: '2026.1',
  name: t(
    '교통시설 이용지원(버스, 고속철도, 내항여객선)',
    'Transport support (bus, high-speed rail, coastal ferries) for veterans',
  ),
  ministry: '국가보훈부',
  bureau: '복지서비스과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '애국지사 및 국가유공상이자 등의 교통권 보장과 이동편의 제공을 위하여 버스 등 수송시설의 무임 또는 할인 이용을 지원합니다.',
    'Lets living patriots, wounded persons of national merit and others use buses and other transport free or at a discount, to guarantee their mobility.',
  ),
  criteria: any(
    t(
      '생존 애국지사, 국가유공상이자(1~7급) 또는 5·18민주화운동 부상자(1~14급)',
      'living patriot, wounded person of national merit (grades 1–7) or injured May 18 participant (grades 1–14)',
    ),
    all(
      t('생존 애국지사', 'living independence patriot'),
      cmp(
        t('보훈대상자 구분: 독립유공자', 'veteran category: independence patriot'),
        fact('veteran', 'category'),
        'in',
        lit(['독립유공자']),
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
    ),
    all(
      t(
        '국가유공상이자·5·18민주화운동 부상자',
        'wounded person of national merit or injured May 18 participant',
      ),
      cmp(
        t(
          '보훈대상자 구분: 국가유공자, 5·18민주유공자',
          'veteran category: person of national merit, May 18 democracy merit',
        ),
        fact('veteran', 'category'),
        'in',
        lit(['국가유공자', '5·18민주유공자']),
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
      judgement(
        t(
          '상이등급 1~7급 (국가유공상이자) 또는 5·18민주화운동 부상 장해등급 1~14급 판정',
          'injury grade 1–7 (wounded person of national merit) or May 18 injury grade 1–14',
        ),
        t('상이·장해등급 (국가보훈부)', 'the injury grade (veterans ministry)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '버스, 지하철, 내항여객선, 열차 등 교통시설 무료 또는 할인 이용 (할인율은 수송시설·대상·상이등급별로 다르며 출처에 없음)',
      'Free or discounted buses, subways, coastal ferries and trains (the discounts vary by transport, group and injury grade and are not in the sources)',
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
