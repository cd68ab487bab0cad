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
  title: '복지로 저소득층 수도요금감면 (WLF00006224), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006224&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title:
    '2024 나에게 힘이 되는 복지서비스 「기초생활수급자를 위한 요금감면제도」·「장애인을 위한 요금감면제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006224',
  version: '2026.1',
  name: t('저소득층 수도요금감면', 'Water bill reduction for low-income households'),
  ministry: '기후에너지환경부',
  bureau: '수도기획과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '기초생활수급권자 및 차상위계층 등의 수도요금 부담 완화를 위해 수도요금을 감면 지원합니다.',
    'Reduces water bills for NBLSS recipients, near-poor households and others, to ease their costs.',
  ),
  criteria: all(
    undefined,
    any(
      t('기초생활수급자·차상위계층·심한 장애인', 'NBLSS recipient, near-poor, or severe disability'),
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
        t('장애의 정도가 심한 장애인', 'a member with a severe disability'),
        cmp(
          t('장애의 정도가 심한 장애인', 'severe disability'),
          fact('disability', 'severity'),
          '==',
          lit('severe', t('심한 장애', 'severe')),
        ),
      ),
    ),
    judgement(
      t(
        '지자체 조례에 따른 감면 대상·감면액 (지자체별 상이)',
        'reduction rules of the local government (they differ by area)',
      ),
      t('읍면동 주민센터 확인', 'check at the community centre'),
    ),
  ),
  benefit: {
    description: t(
      '상·하수도요금 감면 (지자체별 상이)',
      'Water and sewerage bill reductions (they differ by local government)',
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
