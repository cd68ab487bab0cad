import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  not,
  type ParameterDefinition,
  receives,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 안부살핌 우편서비스 사업 (WLF00006237), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006237&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const news2026: Source = {
  title: '세계일보 「안부 살핌 우편 서비스」 확대 (2026-03-03, 행정안전부 발표 보도)',
  url: 'https://m.segye.com/view/20260302510075',
  status: 'secondary',
};
const news2024: Source = {
  title: '「집배원, 고립가구 고독사 예방 나선다」 (2024 시범사업 보도: 공적 돌봄서비스 수혜자는 대상 아님)',
  url: 'https://www.keyzard.cc/gombuy1/nb/223462108476',
  status: 'secondary',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006237',
  version: '2026.1',
  name: t('안부살핌 우편서비스 사업', 'Postal well-being check service'),
  ministry: '행정안전부',
  bureau: '복지자원연계팀',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'monthly',
  summary: t(
    '1인 가구 증가, 사회적 관계망 약화 등 사회적 고립가구에 대한 선제적 발굴을 통한 신속한 대응과 지원으로 촘촘한 복지안전망을 구축하고자 합니다.',
    'Finds socially isolated households early, as single-person households grow and social ties weaken, and responds quickly, to build a tighter welfare safety net.',
  ),
  criteria: all(
    undefined,
    not(
      t(
        '공적 돌봄서비스(장기요양·장애인활동지원·노인맞춤돌봄) 수혜 가구가 아님',
        'not already receiving public care (long-term care, personal assistance, customised elderly care)',
      ),
      any(
        undefined,
        someMember(
          t('장기요양등급 가구원', 'a member with a long-term-care grade'),
          cmp(t('장기요양등급', 'long-term-care grade'), fact('longTermCareGrade'), '==', lit(true)),
        ),
        cmp(
          t('장애인활동지원 수급', 'disability personal assistance recipient'),
          receives('WLF00003260', t('장애인활동지원 수급', 'disability personal assistance recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('노인맞춤돌봄서비스 수급', 'customised elderly care recipient'),
          receives('WLF00003191', t('노인맞춤돌봄서비스 수급', 'customised elderly care recipient')),
          '==',
          lit(true),
        ),
      ),
    ),
    judgement(
      t(
        '지자체가 선정한 집중관리 대상 위기가구(중장년 1인 가구·고립청년·조손가구 등)이며 사업 참여 시군구 거주',
        'a household in crisis chosen by the local government for close follow-up (middle-aged people living alone, isolated young people, grandparent families, …) in a participating district',
      ),
      t(
        '지자체 선정 (읍면동 현장 점검), 참여 시군구',
        'selection by the local government; participating district',
      ),
    ),
  ),
  benefit: {
    description: t(
      '우체국 집배원이 1~4주 단위로 방문해 생필품을 전달하고 안부·생활 실태를 확인, 위기 정보를 지자체에 전달해 복지서비스 연계',
      'A postal worker visits every one to four weeks with daily necessities, checks on the person and their living conditions, and passes signs of crisis to the local government for services',
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
  sources: [catalogue, news2026, news2024],
  fidelity: 'summary',
  dependsOn: ['WLF00003260', 'WLF00003191'],
  parameters,
  cases,
});
