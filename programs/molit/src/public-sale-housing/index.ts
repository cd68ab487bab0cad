import { all, cmp, defineProgram, fact, judgement, lit, noMember, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 공공분양 (WLF00000057), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000057&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const noHomeOwner = () =>
  noMember(
    t('무주택 세대 (세대원 중 주택 소유자 없음)', 'no member owns a home'),
    cmp(t('주택 소유', 'owns a home'), fact('homeOwner'), '==', lit(true)),
  );

export default defineProgram({
  id: 'WLF00000057',
  version: '2026.1',
  name: t('공공분양', 'Public-Sale Housing'),
  ministry: '국토교통부',
  bureau: '주택공급정책과',
  legalBasis: [t('공공주택 특별법', 'Special Act on Public Housing')],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '저소득층의 주거안정 및 무주택자의 내 집 마련 기회를 제공합니다.',
    'Gives low-income households housing stability and people without a home a chance to buy one.',
  ),
  criteria: all(
    undefined,
    noHomeOwner(),
    judgement(
      t(
        '공급유형별 청약 자격과 소득·자산 기준 (입주자 모집공고)',
        'the subscription conditions and income and asset limits of the supply type (recruitment notice)',
      ),
      t(
        '입주자 모집공고의 공급유형별 자격 (출처에 기준 없음)',
        'the notice’s conditions for the supply type (none in the sources)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '공공분양 주택 공급 (분양가·공급 조건은 모집공고별 상이)',
      'Public-sale homes (prices and conditions vary by notice)',
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
