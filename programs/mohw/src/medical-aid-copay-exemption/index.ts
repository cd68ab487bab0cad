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

const record: Source = {
  title: '복지로 의료급여본인부담면제 (WLF00003171) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003171&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「의료급여 본인부담 면제」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidCopayExemption.minorAge',
    label: { ko: '1종 외래 면제 연령 (만 나이 미만)', en: 'type-1 outpatient exemption: age (under)' },
    unit: 'years',
    versions: [
      { from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] },
      { from: '2026-01-01', value: { type: 'scalar', value: 18 }, sources: [record] },
    ],
  },
  {
    id: 'medicalAidCopayExemption.studentAge',
    label: {
      ko: '1종 외래 면제 중고등학교 재학생 연령 (만 나이 미만)',
      en: 'type-1 outpatient exemption: middle or high school students (age under)',
    },
    unit: 'years',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 20 }, sources: [record] }],
  },
  {
    id: 'medicalAidCopayExemption.postDueDateMonths',
    label: {
      ko: '임산부 면제 기간: 출산예정일 후 (개월까지)',
      en: 'pregnancy exemption: months after the due date',
    },
    unit: 'months',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 6 },
        sources: [record],
        note: '임신 신고일부터 출산예정일 후 6개월까지 (유산·사산 시 당초 출산예정일부터 6개월까지)',
      },
    ],
  },
];

const typeOne = cmp(
  t('의료급여 1종 수급권자', 'type-1 medical aid recipient'),
  fact('medicalAidType', 'type'),
  '==',
  lit('1', t('1종', 'type 1')),
);

export default defineProgram({
  id: 'WLF00003171',
  version: '2026.1',
  name: t('의료급여본인부담면제', 'Medical aid copay exemption'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법 시행령', 'Enforcement Decree of the Medical Aid Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural', 'veteran', 'lowIncome'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '의료급여 1종 수급권자 중 18세 미만, 등록 결핵·중증·희귀·중증난치질환자, 20세 미만 중고등학교 재학생, 임산부 등은 외래 진료 본인부담금(비급여 제외)을 전액 면제합니다.',
    'Type-1 medical aid recipients under 18, with a registered tuberculosis, severe, rare or intractable disease, middle or high school students under 20, pregnant women and some others pay no outpatient copay (non-covered items excluded).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급권자', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    typeOne,
    any(
      t('1종 외래 본인부담 면제 대상', 'type-1 outpatient copay exemption group'),
      cmp(
        t('18세 미만 (당연 적용)', 'under 18 (automatic)'),
        v('person.age'),
        '<',
        param('medicalAidCopayExemption.minorAge'),
      ),
      cmp(
        t(
          '산정특례 등록 결핵·중증·희귀·중증난치질환자 (당연 적용)',
          'registered (special copay) tuberculosis, severe, rare or intractable disease (automatic)',
        ),
        fact('illness', 'kind'),
        'in',
        lit(
          ['tuberculosis', 'severe', 'cancer', 'rare'],
          t('결핵·중증(암 포함)·희귀·중증난치', 'tuberculosis, severe (incl. cancer), rare, intractable'),
        ),
      ),
      all(
        t(
          '20세 미만 중고등학교 재학생 (신청, 재학증명서)',
          'middle or high school student under 20 (on application, with proof of enrolment)',
        ),
        cmp(
          t('만 20세 미만', 'under 20'),
          v('person.age'),
          '<',
          param('medicalAidCopayExemption.studentAge'),
        ),
        cmp(
          t('중·고등학교 재학', 'enrolled in middle or high school'),
          fact('student', 'level'),
          'in',
          lit(['middle', 'high'], t('중학교·고등학교', 'middle or high school')),
        ),
      ),
      cmp(
        t('임산부: 임신 신고일부터 (신청)', 'pregnant: from the pregnancy report (on application)'),
        fact('pregnancy'),
        '==',
        lit(true),
      ),
      judgement(
        t(
          '행려환자, 선택의료급여기관 적용자, 잠복결핵 치료, 가정간호대상자, 출산예정일 후 6개월 이내 산모 (유산·사산 포함)',
          'homeless patients, users of a designated clinic, latent tuberculosis treatment, home nursing, mothers within 6 months after the due date (miscarriage or stillbirth included)',
        ),
        t(
          '해당 사유 확인 (행려환자 지정, 선택의료급여기관 적용, 잠복결핵 치료, 가정간호 진료대상 확인서, 출산예정일)',
          'the ground (homeless-patient designation, designated clinic, latent TB treatment, home-nursing certificate, due date)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '외래 진료 시 의료급여 비용의 본인부담금 전액 면제 (비급여 제외). 선택의료급여기관 적용자는 선택의료급여기관 외래·처방 조제, 응급, 장애인 보조기기의 경우에만 면제 (의뢰·재의뢰받은 외래와 그 처방 조제는 본인부담). 임산부가 건강생활유지비를 받기 원하면 면제 대상에서 제외',
      'No copay on medical-aid outpatient costs (non-covered items excluded). For users of a designated clinic only outpatient care and prescriptions there, emergencies and assistive devices for disabled people are exempt (referred care pays the copay). Pregnant women who choose the health maintenance allowance are not exempt',
    ),
  },
  form: {
    schema: z.object({
      ground: z
        .enum(['student', 'pregnancy', 'homeNursing'])
        .meta({ label: t('신청 사유 (신청에 의한 적용)', 'ground (exemptions on application)') }),
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
        label: t(
          '의료급여기관 외래진료 본인일부부담 면제신청서 [서식 16]',
          'application for the outpatient copay exemption [form 16]',
        ),
        required: true,
      },
      {
        id: 'enrolment',
        label: t('재학증명서 (재학생)', 'proof of enrolment (students)'),
        required: false,
      },
      {
        id: 'homeNursing',
        label: t(
          '가정간호 진료대상 확인서·진단서 (가정간호대상자)',
          'home-nursing certificate or medical certificate (home nursing)',
        ),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [record, book],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
