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
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title:
    '복지로 지방세 비과세감면(주민세, 취득세, 자동차세, 재산세, 지역자원시설세 등) (WLF00000087), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000087&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title:
    '2024 나에게 힘이 되는 복지서비스 「장애인용 자동차에 대한 지방세 감면」·「기초생활수급자를 위한 요금감면제도」(주민세)',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});
const derivedMulti: Source = { title: '「다자녀」의 최소 의미 (자녀 둘 이상)', status: 'derived' };

const parameters: ParameterDefinition[] = [
  scalar(
    'localTaxRelief.multiChildAtLeast',
    ['다자녀 최소 자녀 수 (다자녀 기준의 하한)', 'minimum number of children for any multi-child rule'],
    'count',
    2,
    derivedMulti,
    '2024-01-01',
    '공식 자료에 다자녀 기준 수치가 없어 최소 요건(둘 이상)만 판정하고 나머지는 확인 필요',
  ),
  scalar(
    'localTaxRelief.carMaxCc',
    ['감면 승용자동차 배기량 (cc 이하)', 'passenger car engine size (cc, at most)'],
    'count',
    2000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'localTaxRelief.vanMinSeats',
    ['승용자동차 승차정원 하한 (7인 이상)', 'passenger vehicles: at least this many seats'],
    'count',
    7,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'localTaxRelief.vanMaxSeats',
    ['승용자동차 승차정원 상한 (10인 이하)', 'passenger vehicles: at most this many seats'],
    'count',
    10,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'localTaxRelief.busMaxSeats',
    ['승합자동차 승차정원 (15인 이하)', 'vans: at most this many seats'],
    'count',
    15,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'localTaxRelief.motorcycleMaxCc',
    ['이륜자동차 배기량 (cc 이하)', 'motorcycles: engine size at most (cc)'],
    'count',
    250,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00000087',
  version: '2026.1',
  name: t(
    '지방세 비과세감면(주민세, 취득세, 자동차세, 재산세, 지역자원시설세 등)',
    'Local tax exemptions and reductions',
  ),
  ministry: '행정안전부',
  bureau: '지방세특례제도과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['multiChild', 'veteran', 'disability', 'lowIncome'],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '기초생활수급자, 국가유공자, 장애인 등이 부담하는 지방세를 감면·면제하여 생활 안정과 시설 운영을 돕습니다.',
    'Reduces or exempts local taxes paid by NBLSS recipients, national merit holders, people with disabilities and others, to support their living and the running of facilities.',
  ),
  criteria: any(
    t('지방세 감면 대상', 'eligible for local tax relief'),
    any(
      t('기초생활수급자 (주민세 개인균등할 비과세)', 'NBLSS recipient (resident tax exemption)'),
      cmp(
        t('생계급여 수급', 'livelihood benefit recipient'),
        receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('의료급여 수급', 'medical benefit recipient'),
        receives('WLF00000102', t('의료급여 수급', 'medical benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('주거급여 수급', 'housing benefit recipient'),
        receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('교육급여 수급', 'education benefit recipient'),
        receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
        '==',
        lit(true),
      ),
    ),
    all(
      t(
        '장애의 정도가 심한 장애인의 자동차 (취득세·자동차세)',
        'car of a person with a severe disability (acquisition and vehicle tax)',
      ),
      cmp(
        t('장애의 정도가 심한 장애인', 'severe disability'),
        fact('disability', 'severity'),
        '==',
        lit('severe', t('심한 장애', 'severe')),
      ),
      judgement(
        t(
          '보철용·생업활동용 자동차 1대 (배기량·승차정원 기준 충족)',
          'one car for mobility or work meeting the engine-size and seating rules',
        ),
        t('차량 등록 (시군구 세무과)', 'vehicle registration (district tax office)'),
      ),
    ),
    all(
      t('국가유공자', 'national merit holder'),
      cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
      judgement(
        t(
          '감면 세목·요건 (공식 자료에 세부 기준 없음)',
          'which taxes and conditions apply (no details in the official texts)',
        ),
        t('시군구 세무과 확인', 'district tax office'),
      ),
    ),
    all(
      t('다자녀 가구', 'multi-child household'),
      {
        type: 'count',
        label: t(
          '자녀가 둘 이상 (다자녀의 최소 요건)',
          'at least two children (the minimum for any multi-child rule)',
        ),
        where: cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
        op: '>=',
        right: param('localTaxRelief.multiChildAtLeast'),
      },
      judgement(
        t('다자녀 기준(자녀 수·연령) 충족', 'meets the multi-child rule (number and ages of children)'),
        t('다자녀 기준 (공식 자료에 수치 없음)', 'the multi-child rule (no figures in the official texts)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '기초생활수급자 주민세 개인균등할 비과세; 장애의 정도가 심한 장애인의 보철용·생업활동용 자동차 1대 취득세·자동차세 감면(배기량 2,000cc 이하 승용차, 7~10인승 승용차, 15인승 이하 승합차, 1톤 이하 화물차, 250cc 이하 이륜차); 국가유공자·다자녀 등 지방세 감면',
      'Resident tax exemption for NBLSS recipients; acquisition and vehicle tax relief on one car for a person with a severe disability (passenger cars up to 2,000 cc, 7–10-seat cars, vans up to 15 seats, trucks up to 1 tonne, motorcycles up to 250 cc); other relief for national merit holders, multi-child families and others',
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
  sources: [catalogue, booklet, derivedMulti],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
