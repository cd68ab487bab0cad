import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  not,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 언어발달지원사업 (WLF00003279), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003279&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「언어발달 지원」', status: 'official' };
const detail2022: Source = {
  title: '복지로 「언어발달지원사업」 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'languageDevelopment.maxAge',
    label: t('자녀 연령 (만 나이 미만)', 'child age limit (under, full years)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 12 }, sources: [booklet] }],
  },
  {
    id: 'languageDevelopment.premiumIncomeShare',
    label: t('건강보험료 기준 (기준 중위소득 대비)', 'health-premium test (share of the median)'),
    unit: 'ratio',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 1.2 },
        sources: [booklet],
        note: '건강보험료 본인부담금 합산액이 기준 중위소득 120% 해당액 이하 (4인 기준 직장 247,170원, 지역 205,217원)',
      },
    ],
  },
  {
    id: 'languageDevelopment.voucherMin',
    label: t('바우처 월 최소 지원액', 'monthly voucher, lowest'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 160000 }, sources: [booklet] }],
  },
  {
    id: 'languageDevelopment.voucherMax',
    label: t('바우처 월 최대 지원액', 'monthly voucher, highest'),
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 220000 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003279',
  version: '2026.1',
  name: t('언어발달지원사업', 'Language development support for children of disabled parents'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [
    t('장애인복지법', 'Act on Welfare of Persons with Disabilities'),
    t('아동복지법', 'Child Welfare Act'),
  ],
  target: 'person',
  lifeCycle: ['child'],
  situations: ['disability', 'lowIncome'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '장애인 부모의 자녀에게 필요한 언어발달지원서비스를 제공하여 아동의 건강한 성장을 지원합니다.',
    'Provides the language development services that children of disabled parents need for healthy growth.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 12세 미만', 'under 12'), v('person.age'), '<', param('languageDevelopment.maxAge')),
    not(
      t('비장애 자녀', 'the child is not disabled'),
      cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    ),
    someMember(
      t('(조)부모 중 한쪽이 등록장애인', 'a parent (or grandparent) is a registered disabled person'),
      all(
        t('가구주·배우자인 등록장애인', 'head or spouse with a registered disability'),
        cmp(
          t('가구주 또는 배우자', 'head or spouse'),
          v('person.relation'),
          'in',
          lit(['head', 'spouse'], t('가구주·배우자', 'head or spouse')),
        ),
        cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
      ),
      { excludeSubject: true },
    ),
    judgement(
      t(
        '부모의 장애유형 (시각·청각·언어·지적·자폐성·뇌병변)',
        'the parent’s disability is visual, hearing, speech, intellectual, autism or brain lesion',
      ),
      t('부모의 장애유형 (장애인등록 자료)', 'the parent’s disability type (disability registration)'),
    ),
    judgement(
      t(
        '가구 건강보험료 본인부담금 합산액이 기준 중위소득 120% 해당액 이하',
        'household health premiums at or below the 120%-of-median level',
      ),
      t(
        '가구원 건강보험료 본인부담금 합산액 (국민건강보험공단)',
        'combined health-insurance premiums of the household (NHIS)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '매월 16만~22만 원의 언어발달 지원 바우처 (소득별 차등): 언어발달진단, 언어재활, 독서지도, 수화지도 (교과 학습지도 불가)',
      'A monthly voucher of 160,000–220,000 (by income) for language assessment, speech therapy, reading guidance and sign language (no school tutoring)',
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
  sources: [catalogue, booklet, detail2022],
  fidelity: 'summary',
  parameters: parameters,
  cases,
});
