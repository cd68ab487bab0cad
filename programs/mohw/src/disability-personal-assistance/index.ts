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

const bokjiro: Source = {
  title: '복지로 장애인활동지원 (WLF00003260) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003260&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  {
    id: 'personalAssistance.minAge',
    label: t('신청 연령 하한 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(6), sources: [bokjiro] }],
  },
  {
    id: 'personalAssistance.maxAge',
    label: t('신청 연령 상한 (만 나이 이하)', 'maximum age (full years, inclusive)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(64), sources: [bokjiro] }],
  },
  {
    id: 'personalAssistance.longTermCareAge',
    label: t(
      '장기요양 전환 연령 (활동지원 중 도래)',
      'age at which long-term care applies (reached while receiving assistance)',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(65), sources: [bokjiro] }],
  },
];

export default defineProgram({
  id: 'WLF00003260',
  version: '2026.1',
  name: t('장애인활동지원', 'Personal assistance service for disabled people'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [
    t('장애인활동 지원에 관한 법률', 'Act on Personal Assistance Services for Persons with Disabilities'),
  ],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth', 'middleAge'],
  situations: ['disability'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '만 6~64세 등록장애인 중 서비스지원 종합조사로 활동지원등급을 받은 사람(활동지원 중 65세가 되어 장기요양 등급외 판정을 받은 사람 포함)에게 소득과 관계없이 등급에 따른 월 바우처로 활동지원·방문목욕·방문간호를 제공합니다.',
    'Registered disabled people aged 6–64 who receive an assistance grade in the comprehensive service assessment (and recipients who turned 65 and were found ineligible for long-term care) get a monthly voucher by grade for personal assistance, home bathing and home nursing, regardless of income.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('「장애인복지법」상 등록장애인', 'registered disabled person'),
      fact('disability'),
      '==',
      lit(true),
    ),
    any(
      t('연령 요건', 'age requirement'),
      all(
        t('만 6세 이상 64세 이하', 'aged 6 to 64'),
        cmp(t('만 6세 이상', 'aged 6 or over'), v('person.age'), '>=', param('personalAssistance.minAge')),
        cmp(t('만 64세 이하', 'aged 64 or under'), v('person.age'), '<=', param('personalAssistance.maxAge')),
      ),
      all(
        t(
          '활동지원 중 65세가 되어 장기요양 등급외 판정을 받은 사람',
          'turned 65 while receiving assistance and found ineligible for long-term care',
        ),
        cmp(
          t('만 65세 이상', 'aged 65 or over'),
          v('person.age'),
          '>=',
          param('personalAssistance.longTermCareAge'),
        ),
        cmp(
          t('장애인활동지원을 받는 중', 'currently receiving personal assistance'),
          receives('WLF00003260', t('장애인활동지원 수급', 'receives personal assistance'), 'person'),
          '==',
          lit(true),
        ),
        cmp(t('장기요양등급 없음', 'no long-term-care grade'), fact('longTermCareGrade'), '==', lit(false)),
        judgement(
          t('장기요양인정 신청 결과 등급외 판정', 'applied for long-term care and was found ineligible'),
          t(
            '장기요양인정 신청 및 등급외 판정 결과 (국민건강보험공단)',
            'the long-term-care application and its ineligible result (National Health Insurance Service)',
          ),
        ),
      ),
    ),
    judgement(
      t(
        '서비스지원 종합조사 결과 활동지원등급 판정',
        'assistance grade from the comprehensive service assessment',
      ),
      t(
        '서비스지원 종합조사 결과 (국민연금공단 조사, 시군구 결정)',
        'comprehensive service assessment result (National Pension Service survey, local-government decision)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '신변처리·가사·일상생활·외출/이동 등 활동지원과 방문목욕·방문간호: 인정등급에 해당하는 매월 일정액의 바우처, 매월 일정액의 본인부담금 납부 후 사용. 시설 입소·의료기관 입원·교정시설 등 수용 중인 사람은 퇴소·퇴원을 앞두고 신청 가능. 등급별 바우처 금액과 본인부담금은 2026 사업안내가 정하며 복지로 상세에는 없음',
      'Personal assistance (personal care, housework, daily living, going out) with home bathing and home nursing: a monthly voucher for the recognised grade, used after paying a monthly copayment. People in facilities, hospitals or correctional institutions may apply before leaving. The voucher amounts by grade and the copayment are set by the 2026 programme guide and are not stated in the Bokjiro record',
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
      leavingInstitution: z.boolean().meta({
        label: t(
          '시설·의료기관·교정시설 퇴소(퇴원) 예정',
          'about to leave a facility, hospital or correctional institution',
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
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00003260'],
  parameters,
  cases,
});
