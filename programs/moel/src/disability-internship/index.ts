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
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인인턴제 (WLF00004654), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004654&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 장애인인턴제 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004654&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityInternship.seniorAge',
    label: t('장년장애인 연령 (만 나이 이상)', 'age of older disabled people (at least)'),
    unit: 'years',
    versions: [{ from: '2022-01-01', value: { type: 'scalar', value: 50 }, sources: [detail2022] }],
  },
];

export default defineProgram({
  id: 'WLF00004654',
  version: '2026.1',
  name: t('장애인인턴제', 'Internships for disabled people'),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [
    t(
      '장애인고용촉진 및 직업재활법',
      'Act on the Employment Promotion and Vocational Rehabilitation of Disabled Persons',
    ),
  ],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '취업 사각지대에 놓인 특정 유형의 중증장애인 및 장년장애인, 발달장애인에게 사업체 인턴 실시 후 정규직 취업 연계를 지원합니다.',
    'Offers company internships leading to regular jobs to particular groups of people with severe disabilities, older disabled people and people with developmental disabilities who fall through the gaps of employment support.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    any(
      t(
        '중증장애인 또는 장년장애인 (만 50세 이상)',
        'severely disabled, or an older disabled person (50 or over)',
      ),
      cmp(
        t('중증 장애 (장애 정도 심한)', 'severe disability'),
        fact('disability', 'severity'),
        '==',
        lit('severe'),
      ),
      cmp(
        t('만 50세 이상 장년장애인', 'older disabled person aged 50 or over'),
        v('person.age'),
        '>=',
        param('disabilityInternship.seniorAge'),
      ),
    ),
    judgement(
      t(
        '특정 유형 중증장애인(뇌병변·정신·심장·신장·언어·호흡기·뇌전증·자폐성·시각, 척수손상·근육병증으로 운동기능 장애가 있는 지체장애) 또는 장년·발달장애인으로 인턴 참여 선정',
        'one of the listed severe disability types (brain lesion, mental, heart, kidney, speech, respiratory, epilepsy, autism, visual, or physical disability with motor impairment from spinal injury or myopathy), or an older or developmentally disabled person, selected for an internship',
      ),
      t('장애 유형과 인턴 참여 선정 (한국장애인고용공단)', 'disability type and internship selection (KEAD)'),
    ),
  ),
  benefit: {
    description: t(
      '사업체 인턴 실시 후 정규직 취업 연계; 인턴 지원금은 참여 사업체에 지급',
      'A company internship leading to a regular job; the internship subsidy is paid to the participating company',
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
  sources: [catalogue, detail2022],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
