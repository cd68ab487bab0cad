import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 노인보호전문기관 (WLF00003252), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003252&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노인보호 전문기관 이용」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00003252',
  version: '2026.1',
  name: t('노인보호전문기관', 'Elder protection agencies (elder abuse)'),
  ministry: '보건복지부',
  bureau: '노인정책과',
  legalBasis: [t('노인복지법', 'Welfare of Older Persons Act')],
  target: 'person',
  lifeCycle: ['senior'],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '학대피해 노인에게 일시보호, 법률지원, 전문 상담 등의 서비스를 제공합니다.',
    'Gives older victims of abuse temporary shelter, legal support and specialist counselling.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('학대 피해 (위기사유: 학대)', 'victim of abuse (crisis: abuse)'),
      fact('crisis', 'kind'),
      '==',
      lit('abuse', t('학대', 'abuse')),
    ),
    judgement(
      t(
        '노인학대 사례 판정 (노인보호전문기관 상담)',
        'elder-abuse case confirmed (elder protection agency counselling)',
      ),
      t(
        '노인보호전문기관의 상담·사례 판정',
        'counselling and case assessment by the elder protection agency',
      ),
    ),
  ),
  benefit: {
    description: t(
      '24시간 노인학대 상담, 전문상담·심리치료, 일시보호, 의료지원, 법률지원 연계',
      '24-hour elder-abuse counselling, specialist counselling and therapy, temporary shelter, medical help and legal support',
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
  parameters: [],
  cases,
});
