import {
  all,
  any,
  cmp,
  defineProgram,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  receives,
  type Source,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 (산재근로자)케어센터지원 (WLF00004648), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004648&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「산재근로자 케어센터 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'iaCareCenter.committeeAge',
    label: t(
      '운영위원회 심의 없이 입소 가능한 연령 (만 나이 이상)',
      'age from which no committee decision is needed',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet0] }],
  },
];

export default defineProgram({
  id: 'WLF00004648',
  version: '2026.1',
  name: t('(산재근로자)케어센터지원', 'Care centres for workers with severe industrial disabilities'),
  ministry: '고용노동부',
  bureau: '산재보상정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'facility',
  cycle: 'monthly',
  summary: t(
    '고령·중증의 산재장해인 대상 전문적 간병서비스 제공으로 안정된 생활 유지와 가족 간병부담 완화를 지원합니다.',
    'Provides professional nursing care to older and severely disabled injured workers, for a stable life and to ease the family’s care burden.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '산재보험급여 수급 (업무상 재해가 인정된 산재근로자 또는 유족)',
        'receives industrial-accident insurance benefits (worker whose injury was recognised, or survivor)',
      ),
      receives(
        'WLF00005447',
        t(
          '산재보험급여 수급 (업무상 재해가 인정된 산재근로자 또는 유족)',
          'receives industrial-accident insurance benefits (worker whose injury was recognised, or survivor)',
        ),
        'person',
      ),
      '==',
      lit(true),
    ),
    judgement(
      t(
        '경기케어센터: 장해등급 1~3급 산재장해인, 태백케어센터: 진폐장해인·진폐의증자·만성폐쇄성폐질환자 중 일상생활이 가능한 자; 가정간병 곤란',
        'Gyeonggi centre: industrial disability grades 1–3; Taebaek centre: pneumoconiosis and COPD patients able to live daily life; home care is difficult',
      ),
      t(
        '장해등급·진폐 판정과 간병 필요 (케어센터 상담)',
        'disability grade or pneumoconiosis rating and care needs (care-centre assessment)',
      ),
    ),
    any(
      t('만 60세 이상, 또는 운영위원회 입소 결정', 'aged 60 or over, or admitted by the operating committee'),
      cmp(t('만 60세 이상', 'aged 60 or over'), v('person.age'), '>=', param('iaCareCenter.committeeAge')),
      judgement(
        t(
          '만 60세 미만: 케어센터 운영위원회 입소 결정',
          'under 60: admission decided by the care-centre committee',
        ),
        t('운영위원회 입소 결정', 'admission decision of the operating committee'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '가정간병이 곤란한 중증 산재·진폐 장해인에게 전문 간병서비스와 복지시설 제공 (경기·태백 케어센터)',
      'Professional nursing care and a residential facility for severely disabled injured workers and pneumoconiosis patients who cannot be cared for at home (Gyeonggi and Taebaek care centres)',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  dependsOn: ['WLF00005447'],
  parameters: parameters,
  cases,
});
