import {
  all,
  any,
  type Criterion,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 이동통신요금감면 (WLF00003257) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003257&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from: '2026-01-01', value: { type: 'scalar', value }, sources: [bokjiro] }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'mobileFeeDiscount.singleParentIncomeShare',
    [
      '한부모가족 지원대상자 소득기준 (기준 중위소득 대비, 이하)',
      'single-parent support recipients: income limit (share of the median)',
    ],
    'ratio',
    0.52,
  ),
  scalar(
    'mobileFeeDiscount.livelihoodMedicalBase',
    ['생계·의료급여 수급자 기본감면 (월)', 'livelihood and medical benefit: base reduction (monthly)'],
    'krw/month',
    26_000,
  ),
  scalar(
    'mobileFeeDiscount.livelihoodMedicalCallRate',
    ['생계·의료급여 수급자 통화료 감면율', 'livelihood and medical benefit: call-charge reduction'],
    'ratio',
    0.5,
  ),
  scalar(
    'mobileFeeDiscount.livelihoodMedicalMax',
    ['생계·의료급여 수급자 월 최대 감면액', 'livelihood and medical benefit: monthly maximum'],
    'krw/month',
    33_500,
  ),
  scalar(
    'mobileFeeDiscount.lowerBase',
    [
      '주거·교육급여 수급자·차상위계층 기본감면 (월)',
      'housing and education benefit, near-poor: base reduction (monthly)',
    ],
    'krw/month',
    11_000,
  ),
  scalar(
    'mobileFeeDiscount.lowerCallRate',
    [
      '주거·교육급여 수급자·차상위계층 통화료 감면율',
      'housing and education benefit, near-poor: call-charge reduction',
    ],
    'ratio',
    0.35,
  ),
  scalar(
    'mobileFeeDiscount.lowerMax',
    [
      '주거·교육급여 수급자·차상위계층 월 최대 감면액',
      'housing and education benefit, near-poor: monthly maximum',
    ],
    'krw/month',
    21_500,
  ),
  scalar(
    'mobileFeeDiscount.disabilityVeteranRate',
    [
      '장애인·국가유공자 기본료·국내 음성/데이터 통화료 감면율',
      'disabled people and veterans: reduction of the base fee and domestic voice/data charges',
    ],
    'ratio',
    0.35,
  ),
  scalar(
    'mobileFeeDiscount.basicPensionRate',
    ['기초연금수급자 기본료·통화료 감면율', 'Basic Pension recipients: reduction of base fee and calls'],
    'ratio',
    0.5,
  ),
  scalar(
    'mobileFeeDiscount.basicPensionMax',
    ['기초연금수급자 월 최대 감면액', 'Basic Pension recipients: monthly maximum'],
    'krw/month',
    11_000,
  ),
  scalar(
    'mobileFeeDiscount.nearPoorMembersPerHousehold',
    [
      '차상위계층 가구당 감면 인원 (만 6세 이하 제외)',
      'near-poor: members reduced per household (6 or under not counted)',
    ],
    'count',
    4,
  ),
];

const recipient = (id: string, ko: string, en: string): Criterion =>
  cmp(t(ko, en), receives(id, t(ko, en)), '==', lit(true));

export default defineProgram({
  id: 'WLF00003257',
  version: '2026.1',
  name: t('이동통신요금감면', 'Mobile phone fee discount'),
  ministry: '과학기술정보통신부',
  bureau: '통신경쟁정책과',
  legalBasis: [
    t('전기통신사업법', 'Telecommunications Business Act'),
    t('전기통신사업법 시행령', 'Enforcement Decree of the Telecommunications Business Act'),
    t(
      '보편적역무손실보전금 산정방법 등에 관한 기준',
      'Standards for calculating universal-service loss compensation',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran', 'disability', 'lowIncome', 'singleParent'],
  provision: 'reduction',
  cycle: 'monthly',
  summary: t(
    '기초생활수급자, 차상위계층, 기초연금수급자, 장애인, 감면대상 국가유공자의 이동전화 요금을 감면합니다.',
    'Reduces mobile phone bills for NBLSS recipients, near-poor people, Basic Pension recipients, registered disabled people and eligible wounded veterans.',
  ),
  criteria: any(
    t('이동통신요금 감면 대상 (어느 하나)', 'eligible for the reduction (any of)'),
    any(
      t(
        '기초생활수급자 (생계·의료·주거·교육급여 수급 가구)',
        'NBLSS recipient (livelihood, medical, housing or education benefit household)',
      ),
      recipient('WLF00001132', '생계급여 수급', 'livelihood benefit recipient'),
      recipient('WLF00000102', '의료급여 수급', 'medical benefit recipient'),
      recipient('WLF00003201', '주거급여 수급', 'housing benefit recipient'),
      recipient('WLF00001089', '교육급여 수급', 'education benefit recipient'),
    ),
    any(
      t(
        '차상위계층 (소득인정액 기준 중위소득 50% 이하로 법정 지원을 받는 사람과 그 가구원)',
        'near-poor (income-recognized amount at most 50% of the median with statutory support, and their household)',
      ),
      someMember(
        t(
          '차상위계층 확인 가구원 (자활·본인부담경감·장애수당·장애인연금·차상위계층 확인)',
          'a member certified near-poor (self-sufficiency, copay reduction, disability allowance or pension, certificate)',
        ),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      all(
        t(
          '한부모가족 지원대상자 (소득인정액 기준 중위소득 52% 이하 포함)',
          'single-parent support recipient (income-recognized amount up to 52% of the median included)',
        ),
        someMember(
          t('한부모가족 지원대상 가구원', 'a single-parent support recipient in the household'),
          cmp(
            t('한부모가족 증명', 'single-parent family certificate'),
            fact('singleParentFamily'),
            '==',
            lit(true),
          ),
        ),
        cmp(
          t(
            '가구 소득인정액이 기준 중위소득 52% 이하',
            'household income-recognized amount at most 52% of the median',
          ),
          v('household.incomeRecognized.nblss'),
          '<=',
          mul(
            t('기준 중위소득 × 52%', 'median income × 52%'),
            param('median.income', { by: 'household.size' }),
            param('mobileFeeDiscount.singleParentIncomeShare'),
          ),
        ),
      ),
    ),
    cmp(
      t('기초연금 수급 (「기초연금법」 제2조 제3호)', 'Basic Pension recipient'),
      receives('WLF00001164', t('기초연금 수급', 'Basic Pension recipient'), 'person'),
      '==',
      lit(true),
    ),
    cmp(
      t('「장애인복지법」에 의한 장애인', 'registered disabled person'),
      fact('disability'),
      '==',
      lit(true),
    ),
    all(
      t('국가유공자 (감면대상 보훈대상 코드)', 'national merit holder (eligible veterans’ codes)'),
      cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
      judgement(
        t(
          '보훈대상 코드가 전상군경(21)·공상군경(23)·4.19혁명 상이자(51)·공상 공무원(61)·국가사회발전특별공로상이자(71)·6.18 자유 상이자(81)·5.18부상자(85)',
          'a veterans’ code of 21, 23, 51, 61, 71, 81 or 85 (war- or duty-wounded, April 19 or May 18 wounded, duty-injured officials, …)',
        ),
        t('보훈대상 코드 (국가보훈부)', 'veterans’ code (Ministry of Patriots and Veterans Affairs)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '이동전화 요금 감면 (월): 생계·의료급여 수급자 기본감면 26,000원과 통화료 50% (월 최대 33,500원); 주거·교육급여 수급자와 차상위계층 기본감면 11,000원과 통화료 35% (월 최대 21,500원; 차상위는 가구당 4인까지, 만 6세 이하 제외); 장애인·국가유공자 기본료와 국내 음성/데이터 통화료 35%; 기초연금수급자 기본료·통화료 50% (월 최대 11,000원). 감면액은 요금에 따라 달라 계산하지 않음. 단체·시설 감면은 이 규칙에 포함하지 않음',
      'Monthly mobile bill reductions: livelihood and medical benefit recipients 26,000 off the base fee and 50% off calls (up to 33,500); housing and education benefit recipients and the near-poor 11,000 and 35% (up to 21,500; near-poor up to 4 members per household, 6 or under not counted); disabled people and veterans 35% of the base fee and domestic voice/data charges; Basic Pension recipients 50% (up to 11,000). The reduction depends on the bill and is not computed. Reductions for organisations and facilities are not part of these rules',
    ),
  },
  form: {
    schema: z.object({
      mobileNumber: z
        .string()
        .regex(/^01[0-9]-?[0-9]{3,4}-?[0-9]{4}$/)
        .meta({ label: t('감면받을 이동전화 번호', 'mobile number to reduce') }),
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
        label: t('통신요금 감면 신청서', 'telephone bill reduction application'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089', 'WLF00001164'],
  parameters,
  cases,
});
