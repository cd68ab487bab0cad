import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장애인자립생활지원센터 지원 (WLF00003217), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003217&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 「장애인자립생활지원센터 지원」 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00003217',
  version: '2026.1',
  name: t('장애인자립생활지원센터 지원', 'Independent living centres for disabled people'),
  ministry: '보건복지부',
  bureau: '장애인정책과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'once',
  summary: t(
    '장애인 대상 권익옹호, 동료상담, 개인별 자립지원 등 서비스를 통해 장애인의 자립생활에 필요한 역량강화와 지역사회의 다양한 사회참여 활동을 지원합니다.',
    'Builds the capacity of disabled people for independent living and supports their participation in the community through advocacy, peer counselling and individual independence support.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '자립생활센터 이용 상담·자립지원계획 (시설·탈시설·재가 장애인 중 자립 희망자 우선)',
        'intake and an independence plan at the centre (people wishing to live independently come first)',
      ),
      t('자립생활센터의 이용 상담 결과', 'intake counselling at the independent living centre'),
    ),
  ),
  benefit: {
    description: t(
      '자립생활 정보 제공, 권익옹호, 동료상담, 자립생활기술 훈련, 개인별 자립지원계획 수립, 지역사회 참여 활동 지원',
      'Information on independent living, advocacy, peer counselling, independent-living skills training, individual independence plans and community participation',
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
  sources: [catalogue, detail2022],
  fidelity: 'summary',
  parameters: [],
  cases,
});
