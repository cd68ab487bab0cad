import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 노숙인등 복지지원 (WLF00001152), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001152&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「노숙인 등 복지 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001152',
  version: '2026.1',
  name: t('노숙인등 복지지원', 'Welfare support for homeless people'),
  ministry: '보건복지부',
  bureau: '자활정책과',
  legalBasis: [
    t(
      '노숙인 등의 복지 및 자립지원에 관한 법률',
      'Act on Welfare and Self-Reliance Support for the Homeless',
    ),
  ],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'facility',
  cycle: 'monthly',
  summary: t(
    '노숙인 등의 권익을 보호하고, 사회복귀 및 자립을 지원합니다.',
    'Protects the rights of homeless people and supports their return to society and independence.',
  ),
  criteria: any(
    t('거리노숙인 또는 노숙인시설 입소자', 'rough sleeper or resident of a homeless facility'),
    cmp(
      t('거주 형태: 노숙', 'housing: homeless'),
      v('household.tenure'),
      '==',
      lit('homeless', t('노숙', 'homeless')),
    ),
    cmp(
      t('주거 취약: 노숙 (시군구 조사)', 'housing hardship: homeless (local investigation)'),
      fact('housingHardship', 'kind'),
      '==',
      lit('homeless'),
    ),
    all(
      t('노숙인시설 입소자', 'resident of a homeless facility'),
      cmp(
        t('거주 형태: 시설', 'housing: facility'),
        v('household.tenure'),
        '==',
        lit('facility', t('시설', 'facility')),
      ),
      judgement(
        t('입소 시설이 노숙인시설임', 'the facility is a homeless facility'),
        t('입소 시설 종류 확인', 'type of facility'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '거리 노숙인: 시설·병원 연계, 주거 사례관리, 응급잠자리 등. 노숙인시설: 기능 보강, 자활·재활 프로그램 운영 등 자립 지원 (노숙인 종합지원센터 13개소)',
      'Rough sleepers: referral to facilities or hospitals, housing case management, emergency beds. Facilities: upgrades, self-sufficiency and rehabilitation programmes (13 homeless support centres)',
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
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
