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
  title: '복지로 청년창업농장학금 지원 (WLF00000812), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000812&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000812',
  version: '2026.1',
  name: t('청년창업농장학금 지원', 'Scholarships for young farmers and farmers’ children'),
  ministry: '농림축산식품부',
  bureau: '농촌사회서비스과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'cash',
  cycle: 'semiannual',
  summary: t(
    '농업 후계인력과 농업인 자녀 등에게 장학금을 지원해 우수 농업 후계인력을 기르고 농업인의 교육비 부담을 덜어 줍니다. 선발 요건과 금액은 검토한 출처에 없습니다.',
    'Scholarships for future farmers and farmers’ children, to develop skilled successors and ease farmers’ education costs. The sources read give no selection rules or amounts.',
  ),
  criteria: all(
    undefined,
    cmp(t('재학 중 (장학금 대상)', 'enrolled student'), fact('student'), '==', lit(true)),
    any(
      t('농업 후계인력 또는 농업인 자녀 등', 'future farmer or farmer’s child'),
      someMember(
        t('농업인 부모 (농업인 자녀)', 'a farming parent (farmer’s child)'),
        cmp(
          t('농업인 (농업경영체 등록)', 'farmer (farm registry)'),
          fact('farmerFisher', 'kind'),
          '==',
          lit('farmer'),
        ),
        { excludeSubject: true },
      ),
      judgement(
        t('농업 후계인력', 'future farmer'),
        t(
          '영농 종사 의지·관련 학과 등 후계인력 요건 (출처에 기준 없음)',
          'successor requirements such as farming plans or field of study (no criteria in the sources)',
        ),
      ),
    ),
    judgement(
      t('장학생 선발', 'selection as a scholar'),
      t(
        '성적·영농 종사 약정 등 선발 요건 (출처에 기준 없음)',
        'selection requirements such as grades or a farming commitment (no criteria in the sources)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '장학금 (반기 지급; 금액은 출처에 없음)',
      'scholarship (each semester; the sources state no amount)',
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
  effective: { from: '2024-01-01' },
  sources: [catalogue],
  fidelity: 'summary',
  parameters,
  cases,
});
