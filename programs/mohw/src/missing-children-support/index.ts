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
  title: '복지로 실종아동 등 보호 및 지원 (WLF00000032), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000032&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「실종아동 보호 및 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'missingChildrenSupport.childAgeLimit',
    label: {
      ko: '실종아동 연령 (실종 당시 만 나이 미만)',
      en: 'missing-child age limit (under, at the time of going missing)',
    },
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 18 }, sources: [book] }],
  },
];

export default defineProgram({
  id: 'WLF00000032',
  version: '2026.1',
  name: t('실종아동 등 보호 및 지원', 'Protection and support for missing children and adults'),
  ministry: '보건복지부',
  bureau: '아동학대대응과',
  legalBasis: [
    t('실종아동등의 보호 및 지원에 관한 법률', 'Act on the Protection and Support of Missing Children, etc.'),
  ],
  target: 'person',
  lifeCycle: ['child'],
  situations: ['disability'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '아동 및 장애인(지적·자폐성·정신)의 실종예방 교육 및 홍보, 장기실종 가족지원을 통해 가족해체를 예방합니다.',
    'Prevents family breakdown through missing-person prevention education and publicity for children and people with (intellectual, autistic or mental) disabilities, and support for families of long-term missing persons.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '실종 당시 18세 미만 아동 또는 지적·자폐성·정신장애인',
        'under 18 when missing, or a person with an intellectual, autistic or mental disability',
      ),
      cmp(
        t('기준일(실종 당시) 만 18세 미만', 'under 18 on the reference date (the day of going missing)'),
        v('person.age'),
        '<',
        param('missingChildrenSupport.childAgeLimit'),
      ),
      cmp(
        t('지적·자폐성·정신장애인', 'intellectual, autistic or mental disability'),
        fact('disability', 'type'),
        'in',
        lit(['지적', '자폐성', '정신']),
      ),
    ),
    judgement(
      t('실종 신고된 실종아동등 (또는 그 가족)', 'reported missing (or a family member of one)'),
      t('경찰 실종 신고·접수 내역', 'police missing-person report'),
    ),
  ),
  benefit: {
    description: t(
      '실종아동 찾기 홍보물 제작, 심리상담 등 가족 지원, 무연고 아동 신상카드·유전자 검사 정보 활용, 실종 예방 교육·홍보 (아동권리보장원 실종아동전문팀)',
      'Search posters, counselling and other family support, use of ID cards and DNA records of unaccompanied children, and prevention education (Child Rights Support Agency missing-children team)',
    ),
  },
  form: {
    schema: z.object({
      relationToMissing: z
        .enum(['parent', 'sibling', 'guardian', 'other'])
        .meta({ label: t('실종자와의 관계', 'relation to the missing person') }),
      policeReportNumber: z
        .string()
        .min(1)
        .max(40)
        .meta({ label: t('경찰 실종 신고 접수번호', 'police missing-person report number') }),
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
  parameters,
  cases,
});
