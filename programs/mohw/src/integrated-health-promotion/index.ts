import { all, defineProgram, judgement, type ParameterDefinition, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 통합건강증진사업 (WLF00003264), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003264&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「지역사회통합 건강증진 사업」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003264',
  version: '2026.1',
  name: t('통합건강증진사업', 'Community integrated health promotion programme'),
  ministry: '보건복지부',
  bureau: '건강정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '지역사회를 기반으로 다양한 건강증진사업을 내실 있게 추진하여 지자체 건강수준 향상, 국가 건강수명 및 삶의 질 증대를 도모합니다.',
    'Runs a range of health-promotion programmes based in the local community, to raise the health of each local area and the nation’s healthy life expectancy and quality of life.',
  ),
  criteria: all(
    undefined,
    judgement(
      t(
        '세부 사업별 참여 (절주·신체활동·영양·비만·구강보건·심뇌혈관·한의약·아토피천식·여성어린이·지역사회중심재활·금연·방문건강관리·치매관리) — 주소지 보건소 상담',
        'taking part in a given programme (alcohol, physical activity, nutrition, obesity, oral health, cardio-cerebrovascular, Korean medicine, atopy and asthma, women and children, community rehabilitation, smoking cessation, home health visits, dementia) — ask the local health centre',
      ),
      t('주소지 관할 보건소 상담·신청', 'consultation and application at the local health centre'),
    ),
  ),
  benefit: {
    description: t(
      '음주폐해예방(절주), 신체활동, 영양, 비만 예방관리, 구강보건, 심뇌혈관질환 예방관리, 한의약 건강증진, 아토피·천식 예방관리, 여성어린이특화, 지역사회중심 재활, 금연, 방문 건강관리, 치매관리 프로그램',
      'Programmes on alcohol harm prevention, physical activity, nutrition, obesity, oral health, cardio-cerebrovascular disease, Korean-medicine health promotion, atopy and asthma, women and children, community-based rehabilitation, smoking cessation, home health visits and dementia care',
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
    '대상이 "지역 주민"으로 누구도 제외되지 않음 (세부 사업별로 주소지 보건소에 신청)',
    'the target is "local residents": no one is excluded (apply for each programme at the local health centre)',
  ),
  parameters,
  cases,
});
