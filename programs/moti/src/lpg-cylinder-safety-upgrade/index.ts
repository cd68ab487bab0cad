import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 LPG용기 사용가구 시설개선 (WLF00006279), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006279&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「LPG용기 사용가구 시설개선」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006279',
  version: '2026.1',
  name: t('LPG용기 사용가구 시설개선', 'LPG cylinder household facility upgrade'),
  ministry: '산업통상부',
  bureau: '자원안전팀',
  legalBasis: [],
  target: 'household',
  lifeCycle: [],
  situations: [],
  provision: 'other',
  cycle: 'asNeeded',
  summary: t(
    'LPG용기 사용가구에 대해 사고에 취약한 LPG호스의 금속배관으로 교체를 지원하여 가스안전 확보 및 안전복지를 확대 강화합니다.',
    'Replaces accident-prone LPG rubber hoses with metal piping in homes using LPG cylinders, to improve gas safety.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('주택 거주 (노숙·시설 입소 아님)', 'lives in a home (not homeless or in a facility)'),
      v('household.tenure'),
      'notIn',
      lit(['homeless', 'facility'], t('노숙·시설', 'homeless or facility')),
    ),
    judgement(
      t('LPG용기 사용주택에서 LPG 고무호스 사용', 'a home using LPG cylinders with rubber hoses'),
      t('시설 확인 (시군구 가스담당·한국가스안전공사)', 'inspection (district gas office, KGS)'),
    ),
  ),
  benefit: {
    description: t(
      'LP가스 고무호스를 금속배관으로 교체하고 퓨즈콕 등 안전장치 설치 지원',
      'Replacement of LPG rubber hoses with metal piping and installation of safety devices such as fuse cocks',
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
  parameters,
  cases,
});
