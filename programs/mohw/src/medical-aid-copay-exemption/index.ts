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
  title: '복지로 의료급여본인부담면제 (WLF00003171), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003171&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「의료급여 본인부담 면제」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'medicalAidCopayExemption.infantAge',
    label: {
      ko: '2종 입원 면제 아동 연령 (만 나이 미만)',
      en: 'type-2 inpatient exemption: child age (under)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 6 }, sources: [book] }],
  },
  {
    id: 'medicalAidCopayExemption.minorAge',
    label: { ko: '1종 외래 면제 연령 (만 나이 미만)', en: 'type-1 outpatient exemption: age (under)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
  {
    id: 'medicalAidCopayExemption.studentMaxAge',
    label: { ko: '1종 외래 면제 재학자 연령 (이하)', en: 'type-1 outpatient exemption: students up to age' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 20 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00003171',
  version: '2026.1',
  name: t('의료급여본인부담면제', 'Medical aid copay exemption'),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural', 'veteran', 'lowIncome'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '의료급여 수급권자에 대한 의료비를 지원하여 저소득층 국민보건 향상과 사회복지 증진에 기여합니다.',
    'Supports the medical costs of medical-aid recipients, improving public health among low-income people and promoting social welfare (copay exemptions).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급권자', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    any(
      t('본인부담 면제 대상', 'copay-exempt group'),
      cmp(
        t(
          '6세 미만 아동 (2종 입원 면제, 1종은 외래도 면제)',
          'child under 6 (type 2 inpatient exempt; type 1 outpatient too)',
        ),
        v('person.age'),
        '<',
        param('medicalAidCopayExemption.infantAge'),
      ),
      all(
        t('1종 외래: 18세 미만', 'type 1 outpatient: under 18'),
        cmp(t('만 18세 미만', 'under 18'), v('person.age'), '<', param('medicalAidCopayExemption.minorAge')),
        judgement(
          t('의료급여 1종 수급권자', 'type-1 medical-aid recipient'),
          t('의료급여 종별 확인', 'medical-aid type'),
        ),
      ),
      all(
        t(
          '1종 외래: 등록 결핵·중증·희귀·중증난치질환자',
          'type 1 outpatient: registered tuberculosis, severe, rare or intractable disease',
        ),
        cmp(
          t('산정특례 등록 질환', 'registered special-copay disease'),
          fact('illness', 'kind'),
          'in',
          lit(['tuberculosis', 'severe', 'rare', 'cancer']),
        ),
        judgement(
          t('의료급여 1종 수급권자', 'type-1 medical-aid recipient'),
          t('의료급여 종별 확인', 'medical-aid type'),
        ),
      ),
      all(
        t(
          '1종 외래: 20세 이하 재학자 (신청)',
          'type 1 outpatient: student aged 20 or under (on application)',
        ),
        cmp(
          t('만 20세 이하', 'aged 20 or under'),
          v('person.age'),
          '<=',
          param('medicalAidCopayExemption.studentMaxAge'),
        ),
        cmp(t('재학 중', 'enrolled'), fact('student'), '==', lit(true)),
        judgement(
          t('의료급여 1종 수급권자', 'type-1 medical-aid recipient'),
          t('의료급여 종별 확인', 'medical-aid type'),
        ),
      ),
      all(
        t('1종 외래: 임산부 (신청)', 'type 1 outpatient: pregnant (on application)'),
        cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
        judgement(
          t('의료급여 1종 수급권자', 'type-1 medical-aid recipient'),
          t('의료급여 종별 확인', 'medical-aid type'),
        ),
      ),
      judgement(
        t(
          '그 밖의 면제 대상 (행려환자, 선택의료급여기관 적용자, 잠복결핵 치료, 가정간호대상자, 2종 제왕절개·자연분만 산모, 2종 기타 중증질환자)',
          'other exempt groups (homeless patients, designated-clinic users, latent TB treatment, home nursing, type-2 mothers giving birth, type-2 other severe cases)',
        ),
        t('면제 사유 확인 (시군구)', 'exemption reason (local government)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '해당 급여항목 본인부담금 면제: 1종 수급자의 외래 본인부담금 (18세 미만, 행려환자, 등록 결핵·중증·희귀·중증난치질환자, 선택의료급여기관 적용자, 잠복결핵 치료; 신청 시 20세 이하 재학자, 임산부, 가정간호대상자), 2종 수급자의 입원 본인부담금 (제왕절개·자연분만 산모, 6세 미만 아동, 기타 중증질환자, 잠복결핵 치료)',
      'No copay on the items concerned: type-1 outpatient copays (under 18, homeless patients, registered TB, severe, rare or intractable disease, designated-clinic users, latent TB; on application students up to 20, pregnant women, home nursing) and type-2 inpatient copays (mothers giving birth, children under 6, other severe cases, latent TB)',
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
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
