import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
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
  title:
    '복지로 에너지 취약계층 고효율조명기기 무상교체 지원(취약계층 에너지복지사업) (WLF00000049), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000049&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「에너지 취약계층 고효율조명기기 무상교체 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000049',
  version: '2026.1',
  name: t(
    '에너지 취약계층 고효율조명기기 무상교체 지원(취약계층 에너지복지사업)',
    'Free high-efficiency (LED) lighting replacement for energy-vulnerable households',
  ),
  ministry: '기후에너지환경부',
  bureau: '기후적응과',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'inKind',
  cycle: 'once',
  summary: t(
    '에너지 취약계층인 저소득층 및 복지시설에 고효율 조명기기(LED) 무상교체로 전기요금을 줄이고 전력수요 절감에 기여합니다.',
    'Replaces lighting with high-efficiency LED fittings free of charge for low-income energy-vulnerable households and welfare facilities, cutting their electricity bills and power demand.',
  ),
  criteria: any(
    t(
      '기초생활수급·차상위 가구 또는 영구임대주택',
      'NBLSS or near-poor household, or permanent rental housing',
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
    all(
      t('영구임대주택 거주', 'lives in permanent rental housing'),
      cmp(
        t('공공임대주택 거주', 'lives in public rental housing'),
        v('household.tenure'),
        '==',
        lit('publicRental', t('공공임대', 'public rental')),
      ),
      judgement(
        t('영구임대주택 여부', 'whether it is permanent rental housing'),
        t('임대주택 유형 (시군구 에너지 담당부서)', 'rental type (district energy office)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '저효율 조명기기(백열전구·형광등·다운라이트 등)를 고효율 LED 조명으로 교체하는 비용 지원 (시군구 발굴·신청)',
      'Pays for replacing inefficient lighting (incandescent, fluorescent, downlights) with LED fittings (households found or applying through the district)',
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
