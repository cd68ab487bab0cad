import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  mul,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 보훈요양원 이용지원 (WLF00003243), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003243&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「요양지원」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransNursingHomeSupport.incomeShare',
    label: t('요양지원 소득 기준 (기준 중위소득 대비)', 'income limit (share of the median)'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 1.0 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003243',
  version: '2026.1',
  name: t('보훈요양원 이용지원', 'Veterans’ nursing home use support'),
  ministry: '국가보훈부',
  bureau: '복지서비스과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['veteran'],
  provision: 'reduction',
  cycle: 'monthly',
  summary: t(
    '장기요양이 필요한 국가유공자 등이 보훈요양원을 이용할 시, 본인부담금의 일부를 지원함으로써 경제적인 부담을 덜고 안락한 노후생활을 할 수 있도록 보장합니다.',
    'Pays part of the copayment when persons of national merit and others who need long-term care use a veterans’ nursing home, easing their financial burden in old age.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('보훈대상자 본인·배우자·부모(유족)', 'veteran in person, spouse or parent (bereaved)'),
      fact('veteran'),
      '==',
      lit(true),
    ),
    cmp(
      t('장기요양등급(1~5등급·인지지원등급) 판정', 'long-term-care grade (1–5 or cognitive support)'),
      fact('longTermCareGrade'),
      '==',
      lit(true),
    ),
    any(
      t(
        '생활수준: 소득인정액 중위 100% 이하 (상이 1급 국가유공자·독립유공자와 배우자는 생활수준과 관계없음)',
        'living standard: income at most 100% of the median (not required of grade-1 wounded persons of merit or independence patriots and spouses)',
      ),
      cmp(
        t('소득인정액 기준 중위소득 100% 이하', 'income-recognized amount at most 100% of the median'),
        v('household.incomeRecognized.nblss'),
        '<=',
        mul(
          t('기준 중위소득 × 비율', 'median income × share'),
          param('median.income', { by: 'household.size' }),
          param('veteransNursingHomeSupport.incomeShare'),
        ),
      ),
      cmp(
        t('독립유공자 (배우자 포함)', 'independence patriot (spouse included)'),
        fact('veteran', 'category'),
        'in',
        lit(['독립유공자']),
      ),
      all(
        t('상이 1급 국가유공자', 'person of national merit with injury grade 1'),
        cmp(
          t('보훈대상자 구분: 국가유공자', 'veteran category: person of national merit'),
          fact('veteran', 'category'),
          'in',
          lit(['국가유공자']),
        ),
        judgement(
          t('상이 1급', 'injury grade 1'),
          t('상이등급 (국가보훈부)', 'injury grade (veterans ministry)'),
        ),
      ),
    ),
    judgement(
      t('보훈요양원 입소·이용', 'admitted to or using a veterans’ nursing home'),
      t('보훈요양원 입소 결정', 'admission to the veterans’ nursing home'),
    ),
  ),
  benefit: {
    description: t(
      '보훈대상과 생활수준을 고려해 보훈요양원 이용 본인부담금 중 일부 지원 (지원 비율은 대상별로 다름)',
      'Part of the veterans’ nursing home copay, depending on the veteran group and living standard',
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
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
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
