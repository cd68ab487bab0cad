import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 사회통합프로그램 (WLF00006314), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006314&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「사회통합프로그램(KIIP)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'socialIntegrationProgram.naturalisedWithinYears',
    label: t('국적 취득 후 참여 가능 기간', 'period after naturalisation in which one may join'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'socialIntegrationProgram.koreanCourseMaxHours',
    label: t('한국어와 한국문화 과정 (최대 시간)', 'Korean language and culture course (maximum hours)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 415 }, sources: [booklet] }],
  },
  {
    id: 'socialIntegrationProgram.societyCourseMaxHours',
    label: t('한국사회의 이해 과정 (최대 시간)', 'understanding Korean society course (maximum hours)'),
    unit: 'count',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 100 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00006314',
  version: '2026.1',
  name: t('사회통합프로그램', 'Social Integration Program (KIIP)'),
  ministry: '법무부',
  bureau: '이민통합과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['multicultural'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '이민자가 우리 사회 구성원으로 적응·자립하는데 필수적인 기본 소양(한국어 및 한국 사회 이해)을 체계적으로 함양할 수 있도록 마련한 사회통합교육으로, 이수한 이민자에게 체류허가 및 영주자격, 국적 부여 등 이민정책과 연계하여 혜택을 제공합니다.',
    'Social integration education that builds the basic skills immigrants need to adapt and become self-reliant (Korean language and understanding of Korean society); completers get benefits for residence permits, permanent residence and naturalisation.',
  ),
  criteria: any(
    t(
      '국내 체류 등록외국인 (3년 이내 한국 국적 취득자 포함)',
      'registered foreign resident (including people naturalised within 3 years)',
    ),
    all(
      t('등록외국인', 'registered foreign resident'),
      cmp(
        t('외국 국적', 'foreign nationality'),
        v('person.nationality'),
        '!=',
        lit('KR', t('대한민국', 'Korea')),
      ),
      cmp(
        t('외국인등록 (체류 자격)', 'registered residence status'),
        fact('foreignResident'),
        '==',
        lit(true),
      ),
    ),
    all(
      t('최근 한국 국적 취득자', 'recently naturalised'),
      cmp(
        t('대한민국 국적', 'Korean nationality'),
        v('person.nationality'),
        '==',
        lit('KR', t('대한민국', 'Korea')),
      ),
      judgement(
        t('3년 이내 한국 국적 취득', 'acquired Korean nationality within the last 3 years'),
        t('국적 취득일 (법무부)', 'date of naturalisation (justice ministry)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '한국어와 한국문화(최대 415시간), 한국사회의 이해(최대 100시간) 과정; 이수자는 귀화·영주·체류자격 변경 시 혜택',
      'Korean language and culture (up to 415 hours) and understanding Korean society (up to 100 hours); completers get benefits for naturalisation, permanent residence and changes of status',
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
      {
        id: 'idCard',
        label: t('신분증 (외국인은 외국인등록증)', 'identity card (foreigners: residence card)'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
