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
  title: '복지로 특별현금급여(가족요양비) (WLF00001086), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001086&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노인장기요양보험제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'ltcFamilyCareAllowance.elderAge',
    label: { ko: '노인 연령 (만 나이 이상)', en: 'older-person age (full years, at least)' },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [book] }],
  },
  {
    id: 'ltcFamilyCareAllowance.monthlyAllowance',
    label: { ko: '가족요양비 (월)', en: 'family care allowance (monthly)' },
    unit: 'krw/month',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 229070 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00001086',
  version: '2026.1',
  name: t('특별현금급여(가족요양비)', 'Long-term care special cash benefit (family care allowance)'),
  ministry: '보건복지부',
  bureau: '요양보험제도과',
  legalBasis: [t('노인장기요양보험법', 'Long-Term Care Insurance Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '가족등으로부터 방문요양에 상당한 장기요양급여를 받은 때 수급자에게 특별현금급여를 지급합니다.',
    'Pays a special cash benefit to a long-term-care recipient who receives care equivalent to home-visit care from family members or others.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('장기요양 1~5등급 또는 인지지원등급 인정', 'long-term-care grade 1–5 or cognitive-support grade'),
      fact('longTermCareGrade', 'grade'),
      'in',
      lit(['1', '2', '3', '4', '5', 'cognitive']),
    ),
    any(
      t('65세 이상 또는 65세 미만 노인성 질병', 'aged 65+, or under 65 with a geriatric disease'),
      cmp(
        t('만 65세 이상', 'aged 65 or over'),
        v('person.age'),
        '>=',
        param('ltcFamilyCareAllowance.elderAge'),
      ),
      cmp(
        t('치매 (노인성 질병)', 'dementia (geriatric disease)'),
        fact('illness', 'kind'),
        '==',
        lit('dementia'),
      ),
      judgement(
        t(
          '노인성 질병 (중풍·뇌혈관질환·파킨슨병 등)',
          'geriatric disease (stroke, cerebrovascular disease, Parkinson’s, …)',
        ),
        t('노인성 질병 진단 (의사 소견서·진단서)', 'diagnosis of a geriatric disease (doctor’s note)'),
      ),
    ),
    judgement(
      t(
        '섬·벽지 거주, 천재지변, 신체·정신·성격 등 사유로 가족 등에게서 방문요양에 상당한 급여를 받음',
        'receives care equivalent to home-visit care from family because of remote islands or areas, a disaster, or physical, mental or personality reasons',
      ),
      t('가족요양비 지급 사유 확인 (국민건강보험공단)', 'reason for the family care allowance (NHIS)'),
    ),
  ),
  benefit: {
    description: t('가족요양비 월 22만 9,070원 (2024)', 'Family care allowance of 229,070 a month (2024)'),
  },
  form: {
    schema: z.object({
      reason: z
        .enum(['remoteArea', 'disaster', 'personalReasons'])
        .meta({ label: t('가족요양비 신청 사유', 'reason for the allowance') }),
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('수령 계좌', 'bank account') }),
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
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
