import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  not,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 저소득층에너지효율개선 (WLF00001128), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001128&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「저소득층 에너지효율 개선」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001128',
  version: '2026.1',
  name: t('저소득층에너지효율개선', 'Energy-efficiency upgrades for low-income households'),
  ministry: '기후에너지환경부',
  bureau: '기후적응과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '한파, 폭염 등 기후변화에 더욱 취약한 에너지 소외계층을 대상으로 에너지 사용 환경을 개선하여 취약계층의 기후위기 적응력을 제고합니다.',
    'Improves the energy environment of energy-poor households, who are more exposed to cold waves, heatwaves and other effects of climate change, to strengthen their resilience.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '기초생활수급가구, 차상위계층 또는 복지사각지대',
        'NBLSS or near-poor household, or a household in a welfare gap',
      ),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education)',
        ),
        cmp(
          t('생계급여 수급', 'livelihood benefit recipient'),
          receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('의료급여 수급', 'medical benefit recipient'),
          receives('WLF00000102', t('의료급여 수급', 'medical benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('주거급여 수급', 'housing benefit recipient'),
          receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급', 'education benefit recipient'),
          receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('차상위계층 가구원', 'a near-poor member'),
        cmp(t('차상위계층', 'near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
      ),
      judgement(
        t(
          '복지사각지대 가구 (기초지자체 추천)',
          'a household in a welfare gap (recommended by the district)',
        ),
        t('시군구 추천', 'district recommendation'),
      ),
    ),
    not(
      t(
        '주거급여를 받는 자가가구는 제외 (국토교통부 사업으로 지원)',
        'owner-occupiers receiving housing benefit are excluded (served by the land ministry’s programme)',
      ),
      all(
        undefined,
        cmp(
          t('주거급여 수급', 'housing benefit recipient'),
          receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(t('자가 거주', 'owner-occupied'), v('household.tenure'), '==', lit('owner', t('자가', 'owner'))),
      ),
    ),
  ),
  benefit: {
    description: t(
      '노후 주택의 단열·창호·바닥 공사와 고효율 가스·기름 보일러 교체, 냉방기기 지원',
      'Insulation, windows and floor heating works in old homes, high-efficiency gas or oil boiler replacement and air conditioners',
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
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
