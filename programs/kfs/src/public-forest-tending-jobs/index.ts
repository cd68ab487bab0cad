import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 공공산림가꾸기 (WLF00001149), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001149&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001149',
  version: '2026.1',
  name: t('공공산림가꾸기', 'Public forest tending jobs'),
  ministry: '산림청',
  bureau: '산림자원과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '청년 실업자나 장년층 퇴직자 등을 숲가꾸기 등 산림사업에 투입해 일자리를 만듭니다. 참여 연령·소득 기준과 임금은 검토한 출처에 없습니다.',
    'Unemployed young people, retired middle-aged people and others are employed in forest tending and other forestry work. The sources read give no age or income rules or wages.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '미취업 (청년 실업자·장년층 퇴직자 등)',
        'not employed (unemployed young people, retired middle-aged people, …)',
      ),
      fact('employment', 'status'),
      '==',
      lit('unemployed'),
    ),
    judgement(
      t('사업 참여자 선발', 'selection as a participant'),
      t(
        '산림사업 참여자 모집·선발 요건 (출처에 연령·소득 기준 없음)',
        'recruitment and selection rules (no age or income criteria in the sources)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '산림사업(공공산림가꾸기) 일자리 임금 (월; 금액은 출처에 없음)',
      'wages for public forest tending work (monthly; the sources state no amount)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
