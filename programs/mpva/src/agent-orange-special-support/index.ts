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
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 고엽제특별지원 (WLF00003261), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003261&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const detail2022: Source = {
  title: '복지로 고엽제특별지원 상세 (WLF00003261, 2022년 수집본)',
  url: 'https://www.bokjiro.go.kr/ssis-teu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003261&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'agentOrangeSpecialSupport.giftValue',
    label: t('고엽제특별지원 위문품 가액 (약)', 'value of the gift (about)'),
    unit: 'krw',
    versions: [
      {
        from: '2022-01-01',
        value: { type: 'scalar', value: 200000 },
        sources: [detail2022],
        note: '약 20만 원 상당, 당해연도 예산 범위 내 단가 조정 (2022년 자료)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003261',
  version: '2026.1',
  name: t('고엽제특별지원', 'Special support for Agent Orange patients’ families'),
  ministry: '국가보훈부',
  bureau: '보훈의료정책과',
  legalBasis: [
    t(
      '고엽제후유의증 등 환자지원 및 단체설립에 관한 법률',
      'Act on Assistance to Patients Suffering from Actual or Suspected Aftereffects of Defoliants and Establishment of Related Organizations',
    ),
  ],
  target: 'household',
  lifeCycle: [],
  situations: ['veteran', 'disability'],
  provision: 'inKind',
  cycle: 'annual',
  summary: t(
    '생계가 곤란한 고엽제 후유증 환자 중 장애인 자녀가 있는 가정에 특별지원을 하여 재활의욕을 고취하고 격려합니다.',
    'Gives special support to families of Agent Orange sequelae patients in livelihood hardship who have a disabled child, to encourage their rehabilitation.',
  ),
  criteria: any(
    t('지원 대상 가정', 'eligible households'),
    all(
      t(
        '장애인 자녀가 있는 생계 곤란 고엽제후유증 환자 가정',
        'Agent Orange sequelae patient’s household in hardship with a disabled child',
      ),
      someMember(
        t('고엽제후유증 환자인 가구원', 'a household member is an Agent Orange sequelae patient'),
        cmp(
          t('보훈대상자 구분: 고엽제후유증', 'veteran category: Agent Orange sequelae patient'),
          fact('veteran', 'category'),
          'in',
          lit(['고엽제후유증']),
        ),
      ),
      someMember(
        t(
          '장애인복지법상 장애인인 자녀',
          'a child registered as disabled under the Welfare of Disabled Persons Act',
        ),
        all(
          t('장애인 자녀', 'disabled child'),
          cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
          cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
        ),
      ),
      judgement(
        t(
          '생계 곤란 (고엽제후유증 여부·자녀 장애·생활수준 조사 결과 종합 검토)',
          'livelihood hardship (overall review of the patient status, the child’s disability and the living-standard survey)',
        ),
        t('생활수준 조사 (보훈관서)', 'living-standard survey (veterans office)'),
      ),
    ),
    all(
      t(
        '고엽제후유증 2세환자 중 등급기준 미달자',
        'second-generation Agent Orange patient below the grading threshold',
      ),
      someMember(
        t('고엽제후유증 2세환자인 가구원', 'a household member is a second-generation Agent Orange patient'),
        cmp(
          t(
            '보훈대상자 구분: 고엽제후유증2세환자',
            'veteran category: second-generation Agent Orange patient',
          ),
          fact('veteran', 'category'),
          'in',
          lit(['고엽제후유증2세환자']),
        ),
      ),
      judgement(
        t(
          '2세환자 장애등급 기준 미달',
          'below the disability grading threshold for second-generation patients',
        ),
        t('등급 판정 결과 (국가보훈부)', 'the grading result (veterans ministry)'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '약 200,000원 상당의 위문품 지원 (2022년 자료; 당해연도 예산 범위 내 단가 조정)',
      'Gifts worth about 200,000 (2022 text; adjusted to each year’s budget)',
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
  sources: [catalogue, detail2022],
  fidelity: 'summary',
  parameters,
  cases,
});
