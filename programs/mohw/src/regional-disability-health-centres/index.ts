import {
  all,
  any,
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
  title: '복지로 지역장애인보건의료센터 (WLF00006299), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006299&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「지역장애인보건의료센터」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'regionalDisabilityHealthCentres.centres',
    ['지정 센터 수 (전국)', 'designated centres nationwide'],
    'count',
    17,
    booklet,
  ),
];

export default defineProgram({
  id: 'WLF00006299',
  version: '2026.1',
  name: t('지역장애인보건의료센터', 'Regional health and medical centres for people with disabilities'),
  ministry: '보건복지부',
  bureau: '장애인건강과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['disability'],
  provision: 'service',
  cycle: 'asNeeded',
  summary: t(
    '지역사회 내 건강관리가 필요한 장애인에게 적절한 건강보건관리서비스를 제공하여 건강한 삶을 누릴 수 있도록 지원합니다.',
    'Provides suitable health services to people with disabilities who need health care in the community, so that they can lead healthy lives.',
  ),
  criteria: all(
    undefined,
    any(
      t('장애인 또는 장애가 예상되는 사람', 'person with a disability, or expected to become disabled'),
      cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
      all(
        t(
          '손상이나 질병 발생 후 완전한 회복이 어려워 일정 기간 내 장애인이 될 것으로 예상되는 사람',
          'expected to become disabled within a period because an injury or illness cannot fully heal',
        ),
        cmp(
          t('질환 등록 (산정특례 등)', 'registered illness (special copay registration etc.)'),
          fact('illness'),
          '==',
          lit(true),
        ),
        judgement(
          t('장애 발생이 예상됨 (의료진 소견)', 'a disability is expected (clinical opinion)'),
          t('의사 소견서·진료 기록', 'doctor’s opinion and medical records'),
        ),
      ),
    ),
    judgement(
      t(
        '센터 관할 시도 내 거주 (2024년 전국 17개소: 울산·세종에는 지정 센터 없음)',
        'lives in a province served by a centre (17 centres in 2024; none designated in Ulsan or Sejong)',
      ),
      t(
        '거주 시도 (시도 구분 변수가 없어 확인 필요)',
        'province of residence (no province variable on the platform)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '의료를 기반으로 보건의료·복지 서비스를 통합 연계·제공하여 지역사회 조기 복귀 지원: 지역 의료기관의 장애인 건강보건관리사업 연계, 보건소 지역사회중심재활사업 지원, 장애인 자조모임·건강리더·자원봉사자 양성 등',
      'Integrated, medically based health and welfare services to help people return early to community life: links to local hospitals’ disability health-care programmes, support for health centres’ community-based rehabilitation, self-help groups, health leaders and volunteer training',
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
