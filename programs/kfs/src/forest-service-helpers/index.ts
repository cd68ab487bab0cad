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
  title: '복지로 산림복지일자리(산림서비스도우미) (WLF00003182), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003182&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003182',
  version: '2026.1',
  name: t('산림복지일자리(산림서비스도우미)', 'Forest welfare jobs (forest service helpers)'),
  ministry: '산림청',
  bureau: '도시숲경관과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '숲길등산지도사, 숲생태관리인, 수목원코디네이터 등 산림서비스 도우미를 고용해 일자리를 만들고 국민에게 산림서비스를 제공합니다. 채용 요건과 임금은 검토한 출처에 없습니다.',
    'Forest service helpers (forest trail guides, forest ecology keepers, arboretum coordinators, …) are hired, creating jobs and providing forest services. The sources read give no hiring rules or wages.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('구직 중 (채용 대상, 미취업)', 'looking for work (not employed)'),
      fact('employment', 'status'),
      '==',
      lit('unemployed'),
    ),
    judgement(
      t('직무 자격과 채용 선발', 'job qualifications and hiring'),
      t(
        '숲길등산지도사·숲생태관리인·수목원코디네이터 등 직무 자격과 채용 (출처에 기준 없음)',
        'qualifications for the role and the hiring decision (no criteria in the sources)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '산림서비스 도우미 일자리 임금 (월; 금액은 출처에 없음)',
      'wages as a forest service helper (monthly; the sources state no amount)',
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
