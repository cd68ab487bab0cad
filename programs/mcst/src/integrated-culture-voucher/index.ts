import {
  all,
  any,
  type Criterion,
  cmp,
  defineProgram,
  fact,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 통합문화이용권 (WLF00000055) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000055&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [
    { from: '2026-01-01', value: { type: 'scalar', value }, sources: [bokjiro], ...(note ? { note } : {}) },
  ],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'cultureVoucher.bornBy',
    [
      '대상 출생연도 (이 해 12월 31일 이전 출생, 6세 이상)',
      'born on or before 31 December of (aged 6 or over)',
    ],
    'years',
    2020,
    '6세 이상 (2020.12.31. 이전 출생자)',
  ),
  scalar(
    'cultureVoucher.annualAmount',
    ['연간 지원금 (1인 1매)', 'annual amount (one card per person)'],
    'krw/year',
    150_000,
  ),
  scalar(
    'cultureVoucher.ageBonus',
    ['청소년기·준고령기 추가 지원금', 'extra amount for teenagers and people nearing old age'],
    'krw/year',
    10_000,
    '해당 연령이라도 지역별 예산이 소진되면 지원 불가할 수 있음',
  ),
  scalar('cultureVoucher.teenBornFrom', ['청소년기 출생연도 (부터)', 'teenagers: born from'], 'years', 2008),
  scalar('cultureVoucher.teenBornTo', ['청소년기 출생연도 (까지)', 'teenagers: born up to'], 'years', 2013),
  scalar(
    'cultureVoucher.preSeniorBornFrom',
    ['준고령기 출생연도 (부터)', 'nearing old age: born from'],
    'years',
    1962,
  ),
  scalar(
    'cultureVoucher.preSeniorBornTo',
    ['준고령기 출생연도 (까지)', 'nearing old age: born up to'],
    'years',
    1966,
  ),
];

const recipient = (id: string, ko: string, en: string): Criterion =>
  cmp(t(ko, en), receives(id, t(ko, en)), '==', lit(true));

export default defineProgram({
  id: 'WLF00000055',
  version: '2026.1',
  name: t('통합문화이용권', 'Integrated culture voucher (Munhwa Nuri card)'),
  ministry: '문화체육관광부',
  bureau: '문화정책과',
  legalBasis: [t('문화예술진흥법', 'Culture and Arts Promotion Act')],
  target: 'person',
  lifeCycle: ['child', 'teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'annual',
  summary: t(
    '6세 이상(2020.12.31. 이전 출생) 기초생활수급자와 차상위계층에게 문화예술·국내 여행·체육 활동에 쓰는 문화누리카드를 1인 1매, 연 15만원(청소년기·준고령기 1만원 추가) 지원합니다.',
    'NBLSS recipients and near-poor people aged 6 or over (born by 31 December 2020) get one Munhwa Nuri card each for arts, domestic travel and sport: 150,000 won a year (10,000 more for teenagers and people aged 60–64).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('6세 이상 (2020년 12월 31일 이전 출생)', 'aged 6 or over (born on or before 31 December 2020)'),
      v('person.birthYear'),
      '<=',
      param('cultureVoucher.bornBy'),
    ),
    any(
      t('기초생활수급자 또는 차상위계층', 'NBLSS recipient or near-poor'),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여, 조건부·보장시설 수급자 포함; 교육급여는 학생 외 가구원도)',
          'NBLSS recipient (livelihood, medical, housing or education; conditional and facility recipients; for the education benefit the whole household)',
        ),
        recipient('WLF00001132', '생계급여 수급', 'livelihood benefit recipient'),
        recipient('WLF00000102', '의료급여 수급', 'medical benefit recipient'),
        recipient('WLF00003201', '주거급여 수급', 'housing benefit recipient'),
        recipient('WLF00001089', '교육급여 수급', 'education benefit recipient'),
      ),
      someMember(
        t(
          '차상위계층 (자활근로·장애수당·장애아동수당·장애인연금 부가급여·본인부담경감·차상위계층확인서)',
          'near-poor (self-sufficiency work, disability allowances or pension supplement, copay reduction, certificate)',
        ),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      someMember(
        t('저소득한부모가족', 'low-income single-parent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '문화누리카드 1인 1매, 연 150,000원; 청소년기(2008~2013년생)·준고령기(1962~1966년생)는 10,000원 추가 (지역별 예산이 소진되면 추가 지원금은 지원 불가할 수 있음)',
      'One Munhwa Nuri card per person, 150,000 won a year; 10,000 more for people born 2008–2013 or 1962–1966 (the extra may not be paid once the regional budget runs out)',
    ),
    amount: (ctx) => {
      const year = Number(ctx.get('person.birthYear'));
      const within = (from: string, to: string) => year >= ctx.param(from) && year <= ctx.param(to);
      const base = ctx.param('cultureVoucher.annualAmount');
      const bonus =
        within('cultureVoucher.teenBornFrom', 'cultureVoucher.teenBornTo') ||
        within('cultureVoucher.preSeniorBornFrom', 'cultureVoucher.preSeniorBornTo')
          ? ctx.param('cultureVoucher.ageBonus')
          : 0;
      return {
        amountKrw: base + bonus,
        lines: [
          { label: t('연간 지원금', 'annual amount'), value: base },
          { label: t('청소년기·준고령기 추가 지원금', 'extra for teenagers or ages 60–64'), value: bonus },
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
        label: t(
          '문화이용권 (신규발급·재발급·재충전) 신청서',
          'culture voucher application (new, reissue, top-up)',
        ),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
