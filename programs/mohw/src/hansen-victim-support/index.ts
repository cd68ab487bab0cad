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
  title: '복지로 한센인 피해자지원 (WLF00003215), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003215&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「한센인 피해자 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'hansenVictimSupport.monthly',
    label: t('위로지원금 (월)', 'monthly consolation payment'),
    unit: 'krw/month',
    versions: [
      {
        from: '2024-01-01',
        value: { type: 'scalar', value: 190000 },
        sources: [booklet],
        note: '피해자로 결정된 모든 한센인에게 소득과 관계없이',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003215',
  version: '2026.1',
  name: t('한센인 피해자지원', 'Support for victims of Hansen’s disease incidents'),
  ministry: '보건복지부',
  bureau: '질병정책과',
  legalBasis: [
    t(
      '한센인피해사건의 진상규명 및 피해자생활지원 등에 관한 법률',
      'Act on Fact-Finding of Hansen’s Disease Victim Cases and Support for Victims',
    ),
  ],
  target: 'person',
  lifeCycle: ['senior'],
  situations: [],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '한센인 피해사건에 대한 진상을 파악하고, 피해자에게 의료지원과 위로지원금을 지원하여 생활 안정을 도모합니다.',
    'Establishes the facts of incidents that harmed people with Hansen’s disease and gives the victims medical support and monthly consolation payments for a stable life.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('한센병 이력', 'history of Hansen’s disease'),
      fact('illness', 'kind'),
      '==',
      lit('hansen', t('한센병', 'Hansen’s disease')),
    ),
    judgement(
      t('한센인피해사건 피해자로 결정됨', 'recognised as a victim of a Hansen’s disease incident'),
      t(
        '한센인피해사건 피해자 결정 (한센인피해사건 진상규명위원회)',
        'victim decision (Hansen’s disease incident fact-finding committee)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '피해자로 결정된 한센인에게 소득과 관계없이 매월 19만 원 위로지원금, 상병 내용에 따라 향후 치료비·간병비·보장구 구입비 지급',
      'Recognised victims receive 190,000 a month regardless of income, plus future treatment, nursing and assistive-device costs according to their injuries',
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
  parameters: parameters,
  cases,
});
