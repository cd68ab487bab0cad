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
  title: '복지로 국가유공자의료급여증발급 (WLF00001091), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001091&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001091',
  version: '2026.1',
  name: t('국가유공자의료급여증발급', 'Medical aid card for persons of national merit'),
  ministry: '국가보훈부',
  bureau: '보훈의료정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran', 'lowIncome'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '저소득 국가유공자와 가족들의 의료비 부담 경감을 위해 국가유공자 의료급여증을 발급합니다.',
    'Issues medical aid cards to low-income persons of national merit and their families to ease the burden of medical costs.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '국가유공자 등 보훈대상자 또는 그 가족',
        'person of national merit or other veteran, or their family',
      ),
      fact('veteran'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '저소득 (의료급여 수급권자 선정 기준, 국가보훈부 추천)',
        'low income (medical-aid selection, on the veterans ministry’s recommendation)',
      ),
      t('소득·생활수준 조사 (국가보훈부)', 'income and living-standard survey (veterans ministry)'),
    ),
  ),
  benefit: {
    description: t(
      '국가유공자 의료급여증 발급 (의료급여 적용)',
      'A medical aid card for persons of national merit (medical-aid coverage)',
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
      {
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
