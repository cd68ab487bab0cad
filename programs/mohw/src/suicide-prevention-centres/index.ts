import { all, defineProgram, judgement, type ParameterDefinition, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 자살예방센터 운영 (WLF00006331), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006331&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「자살예방센터 운영」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006331',
  version: '2026.1',
  name: t('자살예방센터 운영', 'Suicide prevention centres'),
  ministry: '보건복지부',
  bureau: '자살예방정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: [],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    '지역별 자살의 특성과 욕구에 적합한 서비스가 제공될 수 있도록 지역 내 유관기관 간 연계, 서비스 체계 구축 마련, 고위험군 발굴·개입·사후관리 등을 통해 자살예방을 도모합니다.',
    'Prevents suicide through services suited to local needs: linking local agencies, building a service system, and finding, helping and following up people at high risk.',
  ),
  criteria: all(
    undefined,
    judgement(
      t(
        '자살 위기 상담·치료 연계 또는 자살유족 지원이 필요함 (센터 상담으로 확인)',
        'needs suicide-crisis counselling and treatment referral, or support as a bereaved family member (established by the centre)',
      ),
      t(
        '자살예방센터 상담 (자살예방상담전화 ☎1393)',
        'consultation with the suicide prevention centre (crisis line)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '자살위험자 위기상담과 정신과적 치료 연계, 만성적·복합적 어려움이 있는 경우 지역사회 통합사례관리 의뢰·연계, 자살유족 상담과 치료비 지원 등',
      'Crisis counselling for people at risk of suicide with referral to psychiatric treatment, referral to community integrated case management for chronic and complex difficulties, and counselling and treatment-cost support for bereaved families',
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
  openToAll: t(
    '대상이 "지역 주민"으로 누구도 제외되지 않는 상담 서비스',
    'a counselling service for "local residents": no one is excluded',
  ),
  parameters,
  cases,
});
