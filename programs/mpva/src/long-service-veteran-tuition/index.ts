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
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 장기복무제대군인수업료지원 (WLF00001073), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001073&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「장기복무 제대군인 수업료 보조」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'longServiceVeteranTuition.minServiceYears',
    label: t('복무기간 (이상)', 'minimum length of service'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 10 }, sources: [booklet] }],
  },
  {
    id: 'longServiceVeteranTuition.enrolWithinYears',
    label: t('전역 후 입학·복학 기한', 'enrolment window after discharge'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 3 }, sources: [booklet] }],
  },
  {
    id: 'longServiceVeteranTuition.selfTuitionShare',
    label: t('본인 대학 입학금·수업료 지원 비율', 'share of university fees covered for the veteran'),
    unit: 'ratio',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 0.5 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00001073',
  version: '2026.1',
  name: t('장기복무제대군인수업료지원', 'Tuition support for long-service discharged service members'),
  ministry: '국가보훈부',
  bureau: '제대군인일자리과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['veteran'],
  provision: 'reduction',
  cycle: 'quarterly',
  summary: t(
    '장기복무 제대군인에 대한 교육비 지원으로 생활안정을 도모합니다.',
    'Supports the education costs of long-service discharged service members to stabilise their lives.',
  ),
  criteria: any(
    t('제대군인 본인(대학) 또는 고교 취학 자녀', 'the veteran (university) or a high-school child'),
    all(
      t('제대군인 본인: 대학 입학·복학', 'the veteran: entering or returning to university'),
      cmp(
        t('전역한 제대군인', 'discharged from military service'),
        fact('military', 'status'),
        'in',
        lit(['discharged']),
      ),
      cmp(t('대학 재학', 'university student'), fact('student', 'level'), 'in', lit(['university'])),
      judgement(
        t(
          '10년 이상 복무한 장기복무제대군인 등록자로 전역 후 3년 이내 대학 입학·복학 (지원받으려는 수준 이상의 학력 소지자 제외)',
          'registered long-service veteran (10+ years) entering or returning to university within 3 years of discharge (not if already holding that level of degree)',
        ),
        t(
          '복무기간·전역일·학력 (국가보훈부)',
          'length of service, discharge date and education (veterans ministry)',
        ),
      ),
    ),
    all(
      t('장기복무 제대군인의 고교 취학 자녀', 'high-school child of a long-service veteran'),
      cmp(t('고등학교 재학', 'high-school student'), fact('student', 'level'), 'in', lit(['high'])),
      someMember(
        t('가구에 전역한 제대군인 (부모)', 'a discharged service member (parent) in the household'),
        cmp(
          t('전역한 제대군인', 'discharged from military service'),
          fact('military', 'status'),
          'in',
          lit(['discharged']),
        ),
        { excludeSubject: true },
      ),
      judgement(
        t(
          '부모가 10년 이상 복무한 제대군인이며 국가보훈부 기준금액(생활수준) 이하 가구',
          'the parent served 10+ years and the household is within the veterans ministry’s living-standard amount',
        ),
        t(
          '부모의 복무기간과 가구 생활수준 (국가보훈부)',
          'the parent’s length of service and the household living standard (veterans ministry)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '제대군인 본인: 대학 입학금·수업료의 50% 지원. 고교 취학 자녀: 고등학교 입학금·수업료 전액. 다른 법령에 따른 보조와 합쳐 총액을 넘지 않음',
      'The veteran: 50% of university entrance fees and tuition. High-school children: all entrance fees and tuition. Together with other public aid, no more than the total cost',
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
        id: 'educationCertificate',
        label: t(
          '제대군인(자녀) 교육지원대상자 증명서',
          'education-support certificate for the veteran or child',
        ),
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
