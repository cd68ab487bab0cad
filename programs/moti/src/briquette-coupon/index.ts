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
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 연탄쿠폰 (WLF00006265), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006265&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006265',
  version: '2026.1',
  name: t('연탄쿠폰', 'Coal briquette coupon'),
  ministry: '산업통상부',
  bureau: '석탄산업과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['child', 'teen', 'youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '저소득층의 난방비 부담경감을 위해 인상에 대한 차액분을 쿠폰으로 지원합니다.',
    'Gives low-income households coupons covering the rise in briquette prices, to ease their heating costs.',
  ),
  criteria: all(
    undefined,
    any(
      t('저소득층', 'low-income household'),
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
      someMember(
        t('한부모·조손가족', 'a single-parent or grandparent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
    ),
    judgement(
      t('연탄 난방 가구', 'heats with coal briquettes'),
      t('연탄 사용 확인 (읍면동)', 'confirmation of briquette heating (community centre)'),
    ),
  ),
  benefit: {
    description: t(
      '연탄 가격 인상 차액분을 연탄쿠폰으로 지원 (금액은 공식 자료에 없음)',
      'Coupons covering the rise in briquette prices (amount not given in the official texts)',
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
  exclusions: [
    {
      programId: 'WLF00000072',
      kind: 'exclusive',
      reason: t('에너지바우처와 중복지원 불가', 'not together with the energy voucher'),
    },
  ],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
