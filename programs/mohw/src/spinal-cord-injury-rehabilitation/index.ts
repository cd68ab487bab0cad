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
  title: '복지로 척수장애인재활훈련지원 (WLF00001070), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001070&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장애인 재활지원 사업」',
  status: 'official',
};
const crawl: Source = {
  title: '복지로 척수장애인재활훈련지원 서비스 상세 (2022년 수집본: 지원대상·선정기준·지원내용)',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001070&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001070',
  version: '2026.1',
  name: t('척수장애인재활훈련지원', 'Rehabilitation training for people with spinal cord injuries'),
  ministry: '보건복지부',
  bureau: '장애인정책과',
  legalBasis: [t('장애인복지법', 'Act on Welfare of Persons with Disabilities')],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '척수장애인에게 사회·심리 재활, 동료 상담가 파견, 지역사회 복귀훈련 등 재활프로그램을 지원합니다.',
    'Offers people with spinal cord injuries rehabilitation programmes: social and psychological rehabilitation, peer counsellors, and training for returning to community life.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    judgement(
      t('척수장애인 (척수 손상에 따른 장애)', 'spinal cord injury'),
      t(
        '척수장애 확인 (한국척수장애인협회 상담)',
        'confirmation of spinal cord injury (Korea Spinal Cord Injury Association)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '심리·사회 재활, 동료상담가 파견, 지역사회복귀 코디네이터, 지역사회 복귀훈련, 가족기능 강화, 생활체육·문화여가 활동 (한국척수장애인협회 수행)',
      'Psychological and social rehabilitation, peer counsellors, community-return coordinators and training, family support, sports and leisure (run by the Korea Spinal Cord Injury Association)',
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
  reviewCycle: 'none',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book, crawl],
  fidelity: 'summary',
  parameters,
  cases,
});
