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
  title: '복지로 권역재활병원 공공재활프로그램 운영지원 (WLF00001134), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001134&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001134',
  version: '2026.1',
  name: t(
    '권역재활병원 공공재활프로그램 운영지원',
    'Public rehabilitation programmes at regional rehabilitation hospitals',
  ),
  ministry: '보건복지부',
  bureau: '장애인건강과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '권역재활병원의 사회복귀, 방문재활, 장애아동 재활 등 공공재활프로그램 활성화를 통해 장애발생 후 입원기간을 단축하여 효과적 재활치료와 성공적인 사회복귀를 도모합니다.',
    'Boosts public rehabilitation programmes at regional rehabilitation hospitals (return to society, home-visit rehabilitation, rehabilitation for disabled children), shortening hospital stays after disability onset for effective treatment and a successful return to society.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '장애 발생 후 공공재활프로그램(사회복귀·방문재활·장애아동 재활)이 필요함',
        'needs a public rehabilitation programme after disability onset (return to society, home visits, child rehabilitation)',
      ),
      t('권역재활병원 의료진 평가', 'assessment by the regional rehabilitation hospital'),
    ),
  ),
  benefit: {
    description: t(
      '권역재활병원의 사회복귀 지원, 방문재활, 장애아동 재활 등 공공재활프로그램 제공',
      'Public rehabilitation programmes at regional rehabilitation hospitals: return-to-society support, home-visit rehabilitation, rehabilitation for disabled children',
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
