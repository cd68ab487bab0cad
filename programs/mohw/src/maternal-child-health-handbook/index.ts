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
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 표준모자보건수첩 제공 (WLF00001161), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001161&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「표준모자보건수첩 제공」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001161',
  version: '2026.1',
  name: t('표준모자보건수첩 제공', 'Standard maternal and child health handbook'),
  ministry: '보건복지부',
  bureau: '출산정책과',
  legalBasis: [t('모자보건법', 'Mother and Child Health Act')],
  target: 'person',
  lifeCycle: ['infant', 'pregnancy'],
  situations: [],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '표준모자보건수첩 보급으로 임신부터 영유아기까지 각종 검사 및 건강관리 안내, 예방접종, 검진(검사) 등 건강기록 유지, 양육에 대한 필수·객관적 정보 제공으로 모성과 영유아의 건강증진을 도모합니다.',
    'Distributes the standard maternal and child health handbook, which guides tests and health care from pregnancy to early childhood, keeps records of vaccinations and check-ups, and gives essential, objective parenting information.',
  ),
  criteria: any(
    t('임신부 또는 출생사실이 확인된 영유아', 'a pregnant woman or an infant whose birth is registered'),
    cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
    all(
      t('출생사실이 확인된 영유아', 'infant whose birth is registered'),
      cmp(
        t('가구 내 자녀·손자녀', 'a child or grandchild in the household'),
        v('person.relation'),
        'in',
        lit(['child', 'grandchild']),
      ),
      judgement(
        t('영유아 (출생 확인)', 'an infant (birth registered)'),
        t('출생 사실 확인', 'proof of birth'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '임신 준비부터 자녀 육아까지 정보를 담은 표준모자보건수첩 배부 (산전검진·예방접종 일정 관리, 건강·육아 정보). 택배 수령 시 착불 비용 발생 가능',
      'The standard maternal and child health handbook (antenatal check-up and vaccination schedules, health and parenting information). Delivery may be cash on delivery',
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
  reviewCycle: 'none',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  parameters,
  cases,
});
