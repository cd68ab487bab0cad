import { all, cmp, defineProgram, fact, judgement, lit, noMember, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 통합공공임대 (WLF00004663), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004663&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const noHomeOwner = () =>
  noMember(
    t('무주택 세대 (세대원 중 주택 소유자 없음)', 'no member owns a home'),
    cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
  );

export default defineProgram({
  id: 'WLF00004663',
  version: '2026.1',
  name: t('통합공공임대', 'Integrated Public Rental Housing'),
  ministry: '국토교통부',
  bureau: '주거복지지원과',
  legalBasis: [t('공공주택 특별법', 'Special Act on Public Housing')],
  target: 'household',
  lifeCycle: ['youth', 'senior'],
  situations: ['multicultural', 'multiChild', 'veteran', 'disability', 'lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '최저소득 계층, 저소득 서민, 젊은 층 및 장애인·국가유공자 등 사회 취약계층 등의 주거안정을 위해 공공임대주택을 공급합니다.',
    'Supplies public rental housing for the housing stability of the lowest-income groups, low-income people, young people and socially vulnerable groups such as disabled people and patriots.',
  ),
  criteria: all(
    undefined,
    noHomeOwner(),
    judgement(
      t(
        '입주자 모집공고의 소득·자산 기준 (출처에 기준 없음)',
        'the recruitment notice’s income and asset limits (none in the sources)',
      ),
      t(
        '모집공고의 소득·자산 기준과 가구 소득·자산',
        'the notice’s limits and the household’s income and assets',
      ),
    ),
  ),
  benefit: {
    description: t(
      '통합공공임대주택 공급 (임대 조건은 모집공고별 상이)',
      'Integrated public rental housing (terms vary by notice)',
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
