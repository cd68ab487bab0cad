import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 지역난방기본요금감면 (WLF00006225), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006225&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006225',
  version: '2026.1',
  name: t('지역난방기본요금감면', 'District heating base charge reduction'),
  ministry: '기후에너지환경부',
  bureau: '열산업혁신과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'reduction',
  cycle: 'monthly',
  summary: t(
    '소형임대주택 및 사회복지시설의 지역난방 요금을 감면하여 소외계층에 대한 에너지 복지를 실현하고자 합니다.',
    'Reduces district heating charges for small rental homes and welfare facilities, bringing energy welfare to disadvantaged people.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('임대주택 거주', 'lives in rented housing'),
      v('household.tenure'),
      'in',
      lit(
        ['publicRental', 'monthlyRent', 'jeonse'],
        t('공공임대·월세·전세', 'public rental, monthly rent or jeonse'),
      ),
    ),
    judgement(
      t(
        '지역난방을 쓰는 소형임대주택 (감면 대상 주택)',
        'a small rental home on district heating (an eligible dwelling)',
      ),
      t(
        '주택 면적·임대 유형·지역난방 공급 (지역난방 사업자)',
        'floor area, rental type and district-heating supply (the heating provider)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '소형임대주택·사회복지시설의 지역난방 기본요금 감면 (감면액은 공식 자료에 없음)',
      'Reduced district-heating base charges for small rental homes and welfare facilities (amount not given in the official texts)',
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
