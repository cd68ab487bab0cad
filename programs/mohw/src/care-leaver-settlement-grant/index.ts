import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 자립준비청년(보호종료아동) 자립정착금 지원 (WLF00005445), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005445&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00005445',
  version: '2026.1',
  name: t('자립준비청년(보호종료아동) 자립정착금 지원', 'Settlement grant for young people leaving care'),
  ministry: '보건복지부',
  bureau: '청년정책팀',
  legalBasis: [t('아동복지법', 'Child Welfare Act')],
  target: 'person',
  lifeCycle: ['teen', 'youth'],
  situations: [],
  provision: 'cash',
  cycle: 'once',
  summary: t(
    '아동복지시설 및 가정위탁보호아동이 퇴소 또는 위탁종료 시 경제적 지원을 통해 안정적인 사회정착을 도모합니다.',
    'Pays children leaving children’s homes or foster care a settlement grant so that they can settle stably in society.',
  ),
  criteria: all(
    undefined,
    cmp(t('보호대상아동·자립준비청년', 'child in care or care leaver'), fact('fosterCare'), '==', lit(true)),
    judgement(
      t(
        '아동복지시설 퇴소 또는 가정위탁 종료 (보호종료)',
        'leaving a children’s home or foster care (end of care)',
      ),
      t('보호종료 사실과 시점 (시군구)', 'end of care and its date (local government)'),
    ),
  ),
  benefit: {
    description: t(
      '보호종료(퇴소·위탁종료) 시 자립정착금 일시 지급 (금액은 출처에 없음, 지자체별 결정)',
      'A one-off settlement grant on leaving care (the sources state no amount; set by the local government)',
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
  parameters: [],
  cases,
});
