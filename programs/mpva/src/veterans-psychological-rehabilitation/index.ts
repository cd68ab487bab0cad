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
  title: '복지로 보훈가족 심리재활서비스 지원 (WLF00006282), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006282&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「보훈가족 심리재활서비스 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006282',
  version: '2026.1',
  name: t('보훈가족 심리재활서비스 지원', 'Psychological rehabilitation services for veterans’ families'),
  ministry: '국가보훈부',
  bureau: '보훈의료재활과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'monthly',
  summary: t(
    '국가유공자 및 유가족 대상 상담, 심리검사, 프로그램 지원 등을 통해 심리적 안정 및 사회 적응을 지원합니다.',
    'Supports the psychological stability and social adjustment of persons of national merit and bereaved families through counselling, psychological tests and programmes.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '국가유공자 및 유가족 등 보훈가족',
        'person of national merit, bereaved family or other veteran’s family',
      ),
      fact('veteran'),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '우울·불면 등 심리적 어려움으로 상담·심리검사·프로그램이 필요함',
        'needs counselling, tests or programmes for depression, insomnia or other psychological distress',
      ),
      t(
        '상담 신청과 기초 상담 (심리재활센터)',
        'application and first counselling (psychological rehabilitation centre)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '기초상담, 심리검사, 프로그램 등 심리재활서비스 지원',
      'Counselling, psychological tests and programmes',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
