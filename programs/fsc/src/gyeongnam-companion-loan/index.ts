import {
  all,
  cmp,
  defineProgram,
  judgement,
  type ParameterDefinition,
  param,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 경남동행론(직접대출) (WLF00006290), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006290&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const civilAct: Source = { title: '민법 제4조 (성년: 만 19세)', status: 'official' };
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

const parameters: ParameterDefinition[] = [
  scalar(
    'gyeongnamCompanionLoan.adultAge',
    ['성년 연령 (대출 약정 당사자)', 'age of majority (party to a loan contract)'],
    'years',
    19,
    civilAct,
  ),
];

export default defineProgram({
  id: 'WLF00006290',
  version: '2026.1',
  name: t('경남동행론(직접대출)', 'Gyeongnam Companion Loan (direct lending)'),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'loan',
  cycle: 'once',
  summary: t(
    '제도권 금융 이용이 어려운 취약 경남도민 대상으로 소액자금을 지원합니다.',
    'Lends small sums to vulnerable residents of South Gyeongsang Province who find it hard to use mainstream finance.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '성년 (만 19세 이상) — 대출 약정 당사자 (민법 제4조; 복지로 생애주기: 청년·중장년·노년)',
        'adult (19 or over) — party to a loan contract (Civil Act art. 4; Bokjiro life stages: youth, middle age, old age)',
      ),
      v('person.age'),
      '>=',
      param('gyeongnamCompanionLoan.adultAge'),
    ),
    judgement(
      t('경상남도 거주 (경남도민)', 'resident of South Gyeongsang Province'),
      t(
        '주소지 시도 (플랫폼에 시도 구분 변수가 없어 주민등록 주소로 확인)',
        'province of residence (the platform has no province variable; checked from the registered address)',
      ),
    ),
    judgement(
      t('제도권 금융 이용이 어려운 취약계층', 'vulnerable and unable to use mainstream finance'),
      t('신용·소득 심사 (서민금융진흥원)', 'credit and income review (KINFA)'),
    ),
  ),
  benefit: {
    description: t(
      '취약 경남도민 대상 소액자금 직접대출 (한도·금리는 공식 자료에 없음)',
      'Direct small-sum loans for vulnerable Gyeongnam residents (limits and rates are not in the official texts)',
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
  sources: [catalogue, civilAct],
  fidelity: 'summary',
  parameters,
  cases,
});
