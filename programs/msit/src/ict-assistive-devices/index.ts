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
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 정보통신보조기기 보급 (WLF00001062), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001062&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「정보통신 보조기기 보급」',
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

const parameters: ParameterDefinition[] = [
  scalar(
    'ictAssistiveDevices.governmentShare',
    ['정부지원 비율 (제품가격 기준)', 'government share of the price'],
    'ratio',
    0.8,
    booklet,
    '2024-01-01',
  ),
  scalar('ictAssistiveDevices.ownShare', ['본인부담 비율', 'own share'], 'ratio', 0.2, booklet, '2024-01-01'),
  scalar(
    'ictAssistiveDevices.lowIncomeExtra',
    ['저소득 장애인 본인부담금 추가 지원 비율', 'extra support of the own share for low-income people'],
    'ratio',
    0.5,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00001062',
  version: '2026.1',
  name: t('정보통신보조기기 보급', 'ICT assistive devices'),
  ministry: '과학기술정보통신부',
  bureau: '디지털포용정책팀',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran', 'disability', 'lowIncome'],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '장애인의 기능적 한계를 보완개선하여 정보화를 통한 역량을 증진할 수 있도록 정보통신보조기기 보급을 지원합니다.',
    'Supplies ICT assistive devices that make up for functional limitations of people with disabilities, so that they can build their capacities through information technology.',
  ),
  criteria: any(
    t(
      '등록장애인 또는 상이등급 판정 국가유공자',
      'registered disabled person or national merit holder with an injury grade',
    ),
    cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    all(
      t('보훈대상자 (상이자)', 'veteran (wounded)'),
      cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
      judgement(
        t('상이등급 판정을 받은 국가유공자', 'a national merit holder with an injury grade'),
        t('보훈 구분·상이 등급 (국가보훈부)', 'veterans’ category and injury grade (MPVA)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '정보통신 보조기기(독서확대기·화면낭독 소프트웨어·점자정보단말기·특수마우스·영상전화기 등) 제품가격의 80% 지원(본인부담 20%), 기초생활수급자·차상위 등 저소득 장애인은 본인부담금의 50% 추가 지원',
      'Pays 80% of the price of ICT assistive devices (reading magnifiers, screen readers, braille displays, special mice, video phones, …; own share 20%); low-income disabled people (NBLSS, near-poor, …) get a further 50% of their share',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
