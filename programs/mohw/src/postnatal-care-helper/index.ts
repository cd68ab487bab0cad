import {
  all,
  any,
  cmp,
  defineProgram,
  everyMember,
  fact,
  judgement,
  lit,
  not,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 산모·신생아 건강관리 지원사업 (WLF00001188) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001188&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산모·신생아 건강관리 지원사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'postnatalCareHelper.incomeShare',
    label: {
      ko: '산모·배우자 건강보험료 본인부담금 합산액 기준 (기준 중위소득 대비)',
      en: 'mother’s and spouse’s combined health premium test (share of the median)',
    },
    unit: 'ratio',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 1.5 }, sources: [book] },
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 1.5 },
        sources: [record],
        note: '중위소득 150%에 해당하는 건강보험료 기준표와 합산 방법은 기록에 없음 (관할 보건소 문의)',
      },
    ],
  },
  {
    id: 'postnatalCareHelper.standardDays',
    label: { ko: '태아 유형·출산 순위별 표준 지원기간 (일)', en: 'standard service length (days)' },
    unit: 'count',
    versions: [
      {
        from: '2026-01-01',
        value: {
          type: 'byKey',
          values: { firstChild: 10, secondChild: 15, thirdChildPlus: 15, twins: 15, tripletsPlus: 25 },
        },
        sources: [record],
        note: '쌍태아 기간은 중증장애 산모의 단태아, 삼태아 이상 기간은 중증장애 산모의 쌍태아 이상에도 적용',
      },
    ],
  },
  {
    id: 'postnatalCareHelper.adjustDays',
    label: {
      ko: '표준 지원기간 선택 단축·연장 (일)',
      en: 'optional shortening or extension of the standard length (days)',
    },
    unit: 'count',
    versions: [
      {
        from: '2026-01-01',
        value: {
          type: 'byKey',
          values: { shorten: 5, extend: 5, tripletsShorten: 10, tripletsExtend: 15 },
        },
        sources: [record],
      },
    ],
  },
];

const isParent = cmp(
  t('산모 또는 배우자', 'the mother or her spouse'),
  v('person.relation'),
  'in',
  lit(['head', 'spouse'], t('가구주·배우자', 'head or spouse')),
);

export default defineProgram({
  id: 'WLF00001188',
  version: '2026.1',
  name: t('산모·신생아 건강관리 지원사업', 'Postnatal care helper for mothers and newborns'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [
    t('사회서비스 이용 및 이용권 관리에 관한 법률', 'Act on the Use of Social Services and Vouchers'),
    t('모자보건법', 'Mother and Child Health Act'),
    t('저출산ㆍ고령사회기본법', 'Framework Act on Low Birth Rate in an Aging Society'),
  ],
  target: 'person',
  lifeCycle: ['infant', 'pregnancy'],
  situations: ['multiChild', 'disability', 'lowIncome'],
  provision: 'voucher',
  cycle: 'once',
  summary: t(
    '생계·의료·주거·교육급여 수급자나 차상위계층, 또는 산모·배우자의 건강보험료 합산액이 기준 중위소득 150% 이하인 출산가정에 산모·신생아 건강관리사 방문 서비스 이용권을 지급합니다.',
    'Birth families receiving a livelihood, medical, housing or education benefit, near-poor families, or families whose mother and spouse pay health premiums at or below the 150%-of-median level get a voucher for a postnatal care helper at home.',
  ),
  criteria: all(
    undefined,
    cmp(t('산모 (여성)', 'the mother (female)'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
    any(
      t(
        '국내 주민등록 또는 외국인 등록 (부부 모두 외국인이면 각각 F-2·F-5·F-6 체류자격)',
        'registered resident or registered foreigner (if both spouses are foreigners, each holds an F-2, F-5 or F-6 visa)',
      ),
      someMember(
        t('산모 또는 배우자가 대한민국 국민', 'the mother or her spouse is a Korean national'),
        all(
          undefined,
          isParent,
          cmp(
            t('대한민국 국적', 'Korean nationality'),
            v('person.nationality'),
            '==',
            lit('KR', t('대한민국', 'Korea')),
          ),
        ),
      ),
      everyMember(
        t(
          '부부 모두 외국인: 각각 체류자격 F-2·F-5·F-6',
          'both spouses foreign: each holds an F-2, F-5 or F-6 visa',
        ),
        any(
          undefined,
          not(t('산모·배우자가 아닌 가구원', 'a member other than the mother or spouse'), isParent),
          cmp(
            t('체류자격 F-2·F-5·F-6', 'visa F-2, F-5 or F-6'),
            fact('foreignResident', 'visa'),
            'in',
            lit(
              ['F-2', 'F-5', 'F-6'],
              t('거주·영주·결혼이민', 'residence, permanent residence, marriage migrant'),
            ),
          ),
        ),
      ),
    ),
    any(
      t('출산가정 (임신 중 또는 출산)', 'a birth family (pregnant or has given birth)'),
      cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
      judgement(
        t('출산', 'has given birth'),
        t('출산 사실 (출생신고·출생증명서)', 'proof of the birth (birth registration or certificate)'),
      ),
    ),
    any(
      t(
        '기초생활 수급자·차상위계층 또는 산모·배우자 건강보험료 합산액이 기준 중위소득 150% 이하',
        'NBLSS recipient, near-poor, or combined health premiums at or below the 150%-of-median level',
      ),
      cmp(
        t('생계급여 수급 가구', 'livelihood benefit household'),
        receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('의료급여 수급 가구', 'medical aid household'),
        receives('WLF00000102', t('의료급여 수급', 'medical aid recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('주거급여 수급 가구', 'housing benefit household'),
        receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
        '==',
        lit(true),
      ),
      cmp(
        t('교육급여 수급 가구', 'education benefit household'),
        receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
        '==',
        lit(true),
      ),
      someMember(
        t(
          '산모 또는 배우자가 차상위계층 (본인부담경감·자활·장애인·자격확인)',
          'the mother or her spouse is near-poor (copay reduction, self-sufficiency, disability, certificate)',
        ),
        all(
          undefined,
          isParent,
          cmp(t('차상위계층', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
        ),
      ),
      judgement(
        t(
          '산모·배우자 건강보험료 본인부담금 합산액이 기준 중위소득 150% 이하',
          'the mother’s and spouse’s combined health premiums at or below the 150%-of-median level',
        ),
        t(
          '건강보험료 합산액과 중위소득 150% 보험료 기준 (관할 시군구·보건소 확인; 기준표는 기록에 없음)',
          'combined premiums and the 150%-of-median premium table (local government or public health centre; the table is not in the record)',
        ),
      ),
      judgement(
        t(
          '소득기준 초과 예외 지원 (지자체가 별도 기준을 정함: 희귀난치성질환, 장애인 산모·장애 신생아, 새터민, 결혼이민, 미혼모, 분만취약지 산모, 쌍생아, 둘째아 이상 등)',
          'exceptions above the income test set by the local government (rare disease, disabled mother or newborn, defectors, marriage migrants, unmarried mothers, mothers in areas without maternity care, twins, second or later child, etc.)',
        ),
        t(
          '지자체별 예외 지원 기준 (관할 보건소)',
          'the local government’s exception rules (public health centre)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '산모·신생아 건강관리사가 출산가정을 방문하는 서비스 이용권 (산모·신생아 건강관리, 식사 준비, 세탁·청소). 표준 지원기간: 단태아 첫째 10일·둘째 15일·셋째 이상 15일, 쌍태아(중증장애 산모의 단태아) 15일, 삼태아 이상(중증장애 산모의 쌍태아 이상) 25일; 선택에 따라 5일 단축·연장 (삼태아 이상 10일 단축·15일 연장). 바우처 금액과 본인부담은 기록에 없음 (2026 사업안내)',
      'A voucher for a postnatal care helper at home (care of mother and baby, meals, laundry, cleaning). Standard length: single birth 10 days (first child), 15 (second), 15 (third or later); twins (or a severely disabled mother’s single baby) 15; triplets or more (or a severely disabled mother’s twins) 25; optionally 5 days shorter or longer (triplets: 10 shorter or 15 longer). The voucher value and copayment are not in the record (2026 programme guidance)',
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
      expectedBirthType: z
        .enum(['single', 'twins', 'tripletsPlus'])
        .meta({ label: t('태아 유형', 'single birth, twins or more') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여(사회서비스이용권) 신청(변경)서', 'social service voucher application'),
        required: true,
      },
      {
        id: 'birthProof',
        label: t('출생증명서 또는 임신확인서', 'birth certificate or proof of pregnancy'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [record, book],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters,
  cases,
});
