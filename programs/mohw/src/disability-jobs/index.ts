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

const bokjiro: Source = {
  title: '복지로 장애인일자리지원 (WLF00000025) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000025&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  {
    id: 'disabilityJobs.minAge',
    label: t('참여 연령 하한 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(18), sources: [bokjiro] }],
  },
  {
    id: 'disabilityJobs.monthlyWage',
    label: t('일자리 유형별 월 급여', 'monthly pay by job type'),
    unit: 'krw/month',
    versions: [
      {
        from: '2026-01-01',
        value: {
          type: 'byKey',
          values: {
            fullTime: 2060740,
            partTime: 1030370,
            welfareJob: 552160,
            massage: 1291660,
            careAssistant: 1291660,
          },
        },
        sources: [bokjiro],
      },
    ],
  },
  {
    id: 'disabilityJobs.maxConsecutiveYears',
    label: t('연속 참여 제한 (이 기간 이상 연속 참여 시 제외)', 'consecutive participation limit (years)'),
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(2),
        sources: [bokjiro],
        note: '반복참여 제한 예외 대상자는 신청 가능',
      },
    ],
  },
  {
    id: 'disabilityJobs.suspensionLookbackYears',
    label: t('참여 중단 조치 제외 기간 (최근, 년)', 'look-back for suspended participation (years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(1), sources: [bokjiro] }],
  },
];

export default defineProgram({
  id: 'WLF00000025',
  version: '2026.1',
  name: t('장애인일자리지원', 'Jobs for people with disabilities'),
  ministry: '보건복지부',
  bureau: '장애인자립기반과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '만 18세 이상 미취업 등록장애인 중 선발 기준표(참여경력·장애정도·소득수준 등)로 선발된 사람에게 일반형(전일제·시간제)·복지·특화형 일자리를 제공합니다. 건강보험 직장가입자, 사업자등록자, 다른 재정지원 일자리 참여자 등은 제외됩니다.',
    'Unemployed registered disabled people aged 18+ selected by the selection table (past participation, severity, income, …) get general (full- or part-time), welfare or specialised public jobs. Employee health-insurance members, registered business owners and participants in other state-funded job schemes are excluded.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 18세 이상', 'aged 18 or over'), v('person.age'), '>=', param('disabilityJobs.minAge')),
    cmp(
      t('「장애인복지법」상 등록장애인', 'registered disabled person'),
      fact('disability'),
      '==',
      lit(true),
    ),
    cmp(
      t('미취업', 'not in employment'),
      fact('employment', 'status'),
      '==',
      lit('unemployed', t('미취업', 'unemployed')),
    ),
    any(
      t(
        '국민건강보험 직장가입자가 아님 (피부양자는 가능; 근로종료일이 사업 시작 전이면 신청 가능)',
        'not an employee health-insurance member (dependants may apply; or the job ends before the programme starts)',
      ),
      cmp(
        t('건강보험 직장가입자가 아님', 'not an employee health-insurance member'),
        fact('healthInsurance', 'kind'),
        '!=',
        lit('employee', t('직장가입자', 'employee member')),
      ),
      judgement(
        t('근로종료일이 장애인일자리사업 시작 전', 'the current job ends before the programme starts'),
        t('근로계약서의 근로종료일', 'the end date in the employment contract'),
      ),
    ),
    any(
      t('사업자등록증이 없음 (폐업 포함)', 'no business registration (or closed)'),
      cmp(t('사업자등록 없음', 'no business registration'), fact('smallBusiness'), '==', lit(false)),
      cmp(
        t('사업자 폐업', 'business closed'),
        fact('smallBusiness', 'closedOn'),
        '!=',
        lit('none', t('폐업일 없음', 'no closure date')),
      ),
    ),
    judgement(
      t(
        '선발 기준표에 따른 선발과 그 밖의 제외 사유 없음',
        'selected under the selection table, with no other exclusion',
      ),
      t(
        '수행기관 선발 (사업참여경력·장애정도·소득수준·가점), 타 재정지원 일자리 참여·연속 참여 제한·최근 참여 중단 조치·수행(배치)기관 대표·임직원·안마원 개설·고용 여부',
        'selection by the provider (past participation, severity, income, bonus points), other state-funded jobs, the consecutive-participation limit, recent suspension, being an officer of the provider or placement body, and (massage jobs) running or working at a massage business',
      ),
    ),
  ),
  benefit: {
    description: t(
      '일자리 유형별 월 급여: 일반형 전일제 2,060,740원, 일반형 시간제 1,030,370원, 복지일자리(참여형·특수교육-복지연계형) 552,160원, 시각장애인안마사 파견 1,291,660원, 발달장애인 요양보호사 보조 1,291,660원. 주요 직무: 행정도우미, 전담지원 행정도우미, 복지서비스 지원요원 등. 유형을 선택해야 금액이 정해짐',
      'Monthly pay by job type: general full-time 2,060,740, general part-time 1,030,370, welfare job 552,160, massage dispatch (blind masseurs) 1,291,660, care-assistant for developmental disability 1,291,660. Typical duties: administrative helper, welfare service assistant. The amount depends on the job type chosen',
    ),
  },
  form: {
    schema: z.object({
      jobType: z
        .enum(['fullTime', 'partTime', 'welfareJob', 'massage', 'careAssistant'])
        .meta({ label: t('희망 일자리 유형', 'preferred job type') }),
      consentToDataUse: z.literal(true).meta({
        label: t(
          '개인정보 수집·이용 및 제3자 제공 동의',
          'consent to the collection, use and sharing of personal data',
        ),
      }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('장애인일자리사업 참여신청서', 'disability jobs programme application'),
        required: true,
      },
      {
        id: 'employmentContract',
        label: t(
          '근로계약서 (현재 근로 중인 경우 근로종료일 확인)',
          'employment contract (end date, if currently working)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
