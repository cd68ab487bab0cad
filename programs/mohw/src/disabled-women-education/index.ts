import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, v, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 여성장애인교육지원 (WLF00003220), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003220&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「여성장애인 교육 지원」',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 「여성장애인교육지원」 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00003220',
  version: '2026.1',
  name: t('여성장애인교육지원', 'Education support for disabled women'),
  ministry: '보건복지부',
  bureau: '장애인서비스과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '장애와 여성이라는 이중 제약으로 교육의 기회를 갖지 못한 장애 여성에게 교육서비스를 제공하여 사회참여 기회를 확대합니다.',
    'Gives disabled women, who missed educational opportunities under the double constraint of disability and gender, education services that widen their social participation.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    cmp(t('여성', 'female'), v('person.sex'), '==', lit('F', t('여성', 'female'))),
    judgement(
      t(
        '교육기관의 참여자 선정 (저소득·저학력 여성장애인 우선)',
        'selection by the education provider (low-income and less-educated women first)',
      ),
      t('교육기관(복지관 등)의 참여자 선정', 'participant selection by the provider (welfare centre etc.)'),
    ),
  ),
  benefit: {
    description: t(
      '역량강화 교육 프로그램(기초교육~사회참여 역량강화), 상담 및 사례관리, 자조모임, 지역사회 연계',
      'Capacity-building education (from basic education to social participation), counselling and case management, self-help groups and community links',
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
  sources: [catalogue, booklet, detail2022],
  fidelity: 'summary',
  parameters: [],
  cases,
});
