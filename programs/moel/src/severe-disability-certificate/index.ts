import { all, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 중증장애인확인서 발급 (WLF00006251), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006251&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「중증장애인확인서 발급」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006251',
  version: '2026.1',
  name: t('중증장애인확인서 발급', 'Certificate of severe disability under the disability employment act'),
  ministry: '고용노동부',
  bureau: '장애인고용과',
  legalBasis: [
    t(
      '장애인고용촉진 및 직업재활법',
      'Act on the Employment Promotion and Vocational Rehabilitation of Disabled Persons',
    ),
  ],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge', 'senior', 'pregnancy'],
  situations: ['disability'],
  provision: 'other',
  cycle: 'once',
  summary: t(
    "「장애인고용촉진 및 직업재활법」 상 중증장애인 여부를 '중증장애인 확인서'로 별도 확인할 수 있습니다.",
    'Confirms separately, with a certificate, whether a person is severely disabled under the Act on the Employment Promotion and Vocational Rehabilitation of Disabled Persons.',
  ),
  criteria: all(
    undefined,
    cmp(t('등록 장애인', 'registered disabled person'), fact('disability'), '==', lit(true)),
    judgement(
      t(
        '장애인 취업·고용서비스 또는 다른 법령에 따라 중증장애인 확인이 필요',
        'needs confirmation of severe disability for employment services or under another law',
      ),
      t('확인서가 필요한 용도 (신청인 제출)', 'what the certificate is needed for (applicant)'),
    ),
  ),
  benefit: {
    description: t(
      '「장애인고용촉진 및 직업재활법」에 따른 중증장애인 확인서 발급 (주민센터, 한국장애인고용공단, 정부24)',
      'A certificate of severe disability under the disability employment act (community centres, KEAD, Gov24)',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: [],
  cases,
});
