import {
  all,
  any,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 임신 사전건강관리 지원사업 (WLF00005858) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005858&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「임신 사전건강관리 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'preconceptionHealth.minAge',
    label: t('대상 연령 (만 나이 이상)', 'minimum age (full years)'),
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: { type: 'scalar', value: 20 },
        sources: [record],
        note: '20~49세 남녀 중 검사 희망자 (결혼·자녀 여부 불문)',
      },
    ],
  },
  {
    id: 'preconceptionHealth.maxAge',
    label: t('대상 연령 (만 나이 이하)', 'maximum age (full years)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 49 }, sources: [record] }],
  },
  {
    id: 'preconceptionHealth.testCap',
    label: t('검사비 지원 한도 (성별)', 'test cost limit (by sex)'),
    unit: 'krw',
    versions: [
      { from: '2024-01-01', value: { type: 'byKey', values: { F: 130000, M: 50000 } }, sources: [booklet] },
      { from: '2026-01-01', value: { type: 'byKey', values: { F: 130000, M: 50000 } }, sources: [record] },
    ],
  },
];

const korean = cmp(
  t('대한민국 국적', 'Korean nationality'),
  v('person.nationality'),
  '==',
  lit('KR', t('대한민국', 'Korea')),
);
const partnerRelation = cmp(
  t('가구주 또는 배우자', 'head or spouse'),
  v('person.relation'),
  'in',
  lit(['head', 'spouse'], t('가구주·배우자', 'head or spouse')),
);

export default defineProgram({
  id: 'WLF00005858',
  version: '2026.1',
  name: t('임신 사전건강관리 지원사업', 'Preconception health check support'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('모자보건법', 'Mother and Child Health Act')],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'pregnancy'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '20~49세 남녀 중 검사를 희망하는 사람(결혼·자녀 여부 불문, 내국인 배우자가 있는 외국인 포함)에게 가임력 필수검사비를 여성 최대 13만원, 남성 최대 5만원 지원합니다.',
    'Men and women aged 20–49 who want the tests (married or not, with or without children; foreigners with a Korean spouse included) get fertility test costs paid: up to 130,000 for women and 50,000 for men.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 20세 이상', 'aged 20 or over'), v('person.age'), '>=', param('preconceptionHealth.minAge')),
    cmp(t('만 49세 이하', 'aged 49 or under'), v('person.age'), '<=', param('preconceptionHealth.maxAge')),
    any(
      t(
        '내국인 또는 내국인 배우자가 있는 외국인 (비자 조건 없음)',
        'a Korean national, or a foreigner with a Korean spouse (any visa)',
      ),
      korean,
      all(
        t('가구 안의 배우자가 내국인', 'the spouse in the household is Korean'),
        partnerRelation,
        someMember(t('내국인 배우자', 'a Korean spouse'), all(undefined, partnerRelation, korean), {
          excludeSubject: true,
        }),
      ),
      all(
        t('가구 밖의 배우자', 'a spouse outside the household'),
        cmp(
          t('가구 안에 배우자 없음', 'no spouse in the household'),
          v('person.hasSpouse'),
          '==',
          lit(false, t('없음', 'none')),
        ),
        judgement(
          t('내국인 배우자가 있음', 'has a Korean spouse'),
          t('배우자의 국적 (가족관계증명서)', 'the spouse’s nationality (family relation certificate)'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '사업 참여 의료기관에서 필수검사 후 비용 지원: 여성 난소기능검사(AMH)·부인과 초음파 최대 13만원, 남성 정액검사 최대 5만원. 신청 시 보건소가 대상 여부를 확인해 검사의뢰서 발급',
      'After the required tests at a participating clinic: women (AMH test, gynaecological ultrasound) up to 130,000; men (semen analysis) up to 50,000. The public health centre checks eligibility and issues the test referral',
    ),
    amount: (ctx) => {
      const sex = String(ctx.get('person.sex'));
      const amountKrw = ctx.param('preconceptionHealth.testCap', sex);
      return {
        amountKrw,
        lines: [
          {
            label: t(
              sex === 'F' ? '여성 검사비 지원 한도' : '남성 검사비 지원 한도',
              sex === 'F' ? 'test cost limit (women)' : 'test cost limit (men)',
            ),
            value: amountKrw,
          },
        ],
      };
    },
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
        id: 'testReferral',
        label: t('보건소 검사의뢰서', 'test referral from the public health centre'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [record, booklet],
  fidelity: 'statutory',
  parameters,
  cases,
});
