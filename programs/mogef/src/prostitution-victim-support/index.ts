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
  title: '복지로 성매매 방지 및 피해자 지원 (WLF00006312), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006312&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「성매매 피해자 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006312',
  version: '2026.1',
  name: t('성매매 방지 및 피해자 지원', 'Prevention of prostitution and support for victims'),
  ministry: '성평등가족부',
  bureau: '폭력예방교육과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['child', 'teen', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '성매매 피해를 입은 성인·청소년·외국인 등에게 성매매피해자 지원기관(상담소, 쉼터, 자립지원공동생활시설, 자활지원센터, 대안교육위탁기관)을 통해 상담·의료·법률·직업훈련·주거 등 통합 지원을 합니다.',
    'Victims of prostitution (adults, youth, foreigners) get integrated counselling, medical, legal, vocational and housing support through victim-support bodies (counselling centres, shelters, group homes, self-support centres, alternative schools).',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '가정폭력·성폭력·학대 등 폭력 피해 (위기사유)',
        'victim of domestic or sexual violence or abuse (crisis record)',
      ),
      fact('crisis', 'kind'),
      'in',
      lit(['violence', 'abuse']),
    ),
    judgement(
      t('성매매 피해', 'victim of prostitution'),
      t(
        '성매매 피해 사실 (성매매피해상담소·지원시설 확인)',
        'victim status (prostitution-victim counselling centre or support facility)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '긴급구조·현장상담·의료·법률 지원(상담소), 숙식·전문상담·직업훈련·진학교육(쉼터), 일정기간 주거(자립지원공동생활시설), 일자리·직업훈련·취업지원(자활지원센터), 청소년 대안교육',
      'rescue, outreach, medical and legal help (counselling centres), room and board, counselling, training and schooling (shelters), housing for a period (group homes), jobs and training (self-support centres), alternative education for youth',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
