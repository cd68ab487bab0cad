import { all, cmp, defineProgram, judgement, lit, type Source, t, v, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 고용복지플러스센터 (WLF00003239), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003239&wlfareInfoReldBztpCd=01',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00003239',
  version: '2026.1',
  name: t('고용복지플러스센터', 'Employment and Welfare Plus Centres'),
  ministry: '고용노동부',
  bureau: '고용서비스정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '국민들이 한 곳만 방문하면 다양한 고용과 복지, 금융 서비스 등을 받을 수 있도록 고용센터를 중심으로 고용, 복지, 금융 등 서비스 기관이 한 공간에서 서비스를 제공합니다.',
    'Brings employment, welfare and financial services together around the job centre so that people can get them in one visit.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('국민 (목록 요약의 이용 대상)', 'a Korean national (users named in the catalogue summary)'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    judgement(
      t(
        '이용하려는 고용·복지·금융 서비스와 그 요건',
        'the employment, welfare or financial service wanted and its conditions',
      ),
      t('센터 상담으로 연계할 서비스 확인', 'services to link, found in counselling at the centre'),
    ),
  ),
  benefit: {
    description: t(
      '고용센터를 중심으로 고용·복지·금융 서비스 기관이 한 공간에서 서비스 제공 (상담·연계)',
      'Employment, welfare and financial services in one place around the job centre (counselling and referral)',
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
