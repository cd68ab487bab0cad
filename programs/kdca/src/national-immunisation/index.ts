import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
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
  title: '복지로 국가예방접종 사업 (WLF00003242), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003242&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「어린이 국가예방접종 지원사업」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});
const bookletHpv: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「HPV 국가예방접종 지원사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  scalar(
    'nationalImmunisation.childMaxAge',
    ['어린이 대상 연령 (만, 이하)', 'children: maximum age'],
    'years',
    12,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'nationalImmunisation.hpvGirlMinAge',
    ['HPV 여성 청소년 최저 연령', 'HPV girls: minimum age'],
    'years',
    12,
    bookletHpv,
    '2024-01-01',
  ),
  scalar(
    'nationalImmunisation.hpvGirlMaxAge',
    ['HPV 여성 청소년 최고 연령', 'HPV girls: maximum age'],
    'years',
    17,
    bookletHpv,
    '2024-01-01',
  ),
  scalar(
    'nationalImmunisation.hpvLowIncomeMinAge',
    ['HPV 저소득층 여성 최저 연령', 'HPV low-income women: minimum age'],
    'years',
    18,
    bookletHpv,
    '2024-01-01',
  ),
  scalar(
    'nationalImmunisation.hpvLowIncomeMaxAge',
    ['HPV 저소득층 여성 최고 연령', 'HPV low-income women: maximum age'],
    'years',
    26,
    bookletHpv,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00003242',
  version: '2026.1',
  name: t('국가예방접종 사업', 'National immunisation programme'),
  ministry: '질병관리청',
  bureau: '예방접종관리과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '국가예방접종 비용을 지원하여 경제적 부담을 경감하고 예방접종 대상 감염병 퇴치 기반 마련 및 건강증진에 기여합니다.',
    'Pays for national immunisations to ease families’ costs and to lay the ground for eliminating vaccine-preventable diseases and improving health.',
  ),
  criteria: any(
    t('어린이 또는 HPV 접종 대상 여성', 'child, or woman eligible for HPV vaccination'),
    cmp(
      t('12세 이하 어린이 (국가예방접종 18종)', 'child aged 12 or under (18 national vaccines)'),
      v('person.age'),
      '<=',
      param('nationalImmunisation.childMaxAge'),
    ),
    all(
      t('12~17세 여성 청소년 (HPV)', 'girls aged 12 to 17 (HPV)'),
      cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
      cmp(
        t('만 12세 이상', 'aged 12 or over'),
        v('person.age'),
        '>=',
        param('nationalImmunisation.hpvGirlMinAge'),
      ),
      cmp(
        t('만 17세 이하', 'aged 17 or under'),
        v('person.age'),
        '<=',
        param('nationalImmunisation.hpvGirlMaxAge'),
      ),
    ),
    all(
      t('18~26세 저소득층 여성 (HPV)', 'low-income women aged 18 to 26 (HPV)'),
      cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
      cmp(
        t('만 18세 이상', 'aged 18 or over'),
        v('person.age'),
        '>=',
        param('nationalImmunisation.hpvLowIncomeMinAge'),
      ),
      cmp(
        t('만 26세 이하', 'aged 26 or under'),
        v('person.age'),
        '<=',
        param('nationalImmunisation.hpvLowIncomeMaxAge'),
      ),
      any(
        t('기초생활수급자 또는 차상위계층', 'NBLSS recipient or near-poor'),
        any(
          t(
            '기초생활수급자 (생계·의료·주거·교육급여)',
            'NBLSS recipient (livelihood, medical, housing or education)',
          ),
          cmp(
            t('생계급여 수급', 'livelihood benefit recipient'),
            receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
            '==',
            lit(true),
          ),
          cmp(
            t('의료급여 수급', 'medical benefit recipient'),
            receives('WLF00000102', t('의료급여 수급', 'medical benefit recipient')),
            '==',
            lit(true),
          ),
          cmp(
            t('주거급여 수급', 'housing benefit recipient'),
            receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
            '==',
            lit(true),
          ),
          cmp(
            t('교육급여 수급', 'education benefit recipient'),
            receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
            '==',
            lit(true),
          ),
        ),
        cmp(t('차상위계층', 'near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
      ),
    ),
  ),
  benefit: {
    description: t(
      '지정의료기관·보건소에서 어린이 국가예방접종 18종 전액 지원; HPV(2가·4가) 예방접종 2~3회 지원',
      'All 18 national childhood vaccines free at designated clinics and health centres; HPV vaccination (bivalent or quadrivalent), 2 or 3 doses',
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
  sources: [catalogue, booklet, bookletHpv],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
