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
  title: '복지로 장애인문화·예술 지원 (WLF00001117), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001117&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001117',
  version: '2026.1',
  name: t('장애인문화·예술 지원', 'Arts and culture support for people with disabilities'),
  ministry: '문화체육관광부',
  bureau: '예술정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '장애 예술인의 문화예술 접근성 제고, 창작활성화 및 문화예술 향유기회 확대 등 포용적 예술 환경 조성을 도모합니다.',
    'Widens access to the arts for artists with disabilities, encourages their creative work and expands opportunities to enjoy culture, building an inclusive arts environment.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '사업별 공모·참여 (장애예술인 창작 지원, 향유 프로그램 등)',
        'application to a given call or programme (creative support, audience programmes, …)',
      ),
      t('공모 선정·참여 신청', 'selection or registration'),
    ),
  ),
  benefit: {
    description: t(
      '장애예술인 창작 활성화와 문화예술 향유 기회 확대 사업 (세부 지원은 공식 자료에 없음)',
      'Programmes for creative work by disabled artists and for disabled audiences (details not given in the official texts)',
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
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
