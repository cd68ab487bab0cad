import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  param,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 다문화가족 방문교육 서비스 (WLF00003192) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003192&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const scalar = (value: number) => ({ type: 'scalar' as const, value });

const parameters: ParameterDefinition[] = [
  {
    id: 'multiculturalHomeVisit.childMinAge',
    label: t('자녀생활서비스 최저 연령 (만 나이, 이상)', 'child-life service minimum age (inclusive)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(3), sources: [bokjiro] }],
  },
  {
    id: 'multiculturalHomeVisit.childMaxAge',
    label: t('자녀생활서비스 최고 연령 (만 나이, 이하)', 'child-life service maximum age (inclusive)'),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: scalar(12), sources: [bokjiro] }],
  },
  {
    id: 'multiculturalHomeVisit.koreanMaxYearsSinceEntry',
    label: t('한국어교육: 최초 입국 후 기간 (년, 이하)', 'Korean lessons: years since first entry (at most)'),
    unit: 'years',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(5),
        sources: [bokjiro],
        note: '5년이 지나도 임신·출산·취업 등 타당한 사유가 있으면 지자체장과 협의해 지원 가능',
      },
    ],
  },
  {
    id: 'multiculturalHomeVisit.freeIncomeShare',
    label: t(
      '무상지원 소득기준 (기준 중위소득 대비, 이하; 건강보험료 본인부담 부과액 적용)',
      'free-of-charge income limit (share of the median, at most; by health-insurance premium)',
    ),
    unit: 'ratio',
    versions: [
      {
        from: '2026-01-01',
        value: scalar(1.5),
        sources: [bokjiro],
        note: '초과 시 중위소득 기준에 따라 본인부담금 차등 부과 (부담률은 복지로 상세에 없음)',
      },
    ],
  },
];

export default defineProgram({
  id: 'WLF00003192',
  version: '2026.1',
  name: t('다문화가족 방문교육 서비스', 'Home-visit education for multicultural families'),
  ministry: '성평등가족부',
  bureau: '다문화가족과',
  legalBasis: [t('다문화가족지원법', 'Multicultural Families Support Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen', 'youth', 'middleAge'],
  situations: ['multicultural'],
  provision: 'service',
  cycle: 'monthly',
  summary: t(
    '「다문화가족지원법」상 다문화가족에 방문교육 지도사가 찾아가 한국어교육(최초 입국 5년 이하 결혼이민자·중도입국 자녀), 부모교육(임신·출산·영아기, 유아기, 아동기 생애주기별 각 1회), 자녀생활서비스(만 3~12세 다문화가족 자녀·중도입국 자녀)를 제공합니다. 기초생활수급자·차상위 본인부담경감 대상자·기준 중위소득 150% 이하 등은 무상, 그 밖에는 소득에 따라 본인부담금을 차등 부과합니다.',
    'Home tutors visit multicultural families (Multicultural Families Support Act) for Korean lessons (marriage migrants within 5 years of first entry, children who joined a remarried parent from abroad), parenting education (once per stage: pregnancy to infancy, early childhood, childhood) and child-life services (children aged 3 to 12). Free for NBLSS recipients, copay-reduction near-poor, households at or below 150% of the median and others; otherwise a co-payment by income.',
  ),
  criteria: all(
    undefined,
    someMember(
      t('다문화가족 구성원', 'member of a multicultural family'),
      cmp(t('다문화가족', 'multicultural family'), fact('multiculturalFamily'), '==', lit(true)),
    ),
    any(
      t('서비스 유형별 대상', 'target of a service type'),
      all(
        t('자녀생활서비스: 만 3~12세 자녀', 'child-life service: child aged 3 to 12'),
        cmp(
          t('만 3세 이상', 'aged 3 or over'),
          v('person.age'),
          '>=',
          param('multiculturalHomeVisit.childMinAge'),
        ),
        cmp(
          t('만 12세 이하', 'aged 12 or under'),
          v('person.age'),
          '<=',
          param('multiculturalHomeVisit.childMaxAge'),
        ),
      ),
      judgement(
        t(
          '한국어교육 (최초 입국 5년 이하 결혼이민자·중도입국 자녀; 5년 초과는 임신·출산·취업 등 타당한 사유로 지자체장 협의) 또는 부모교육 (임신·출산·영아기, 유아기, 아동기 생애주기별 각 1회) 대상',
          'Korean lessons (marriage migrants within 5 years of first entry, children who joined a remarried parent from abroad; after 5 years with good reason and the local head’s agreement) or parenting education (once per life stage)',
        ),
        t(
          '최초 입국일·중도입국 여부·생애주기별 부모교육 이용 이력 (읍면동·가족센터)',
          'first entry date, arrival with a remarried parent, and parenting education already received per stage (local office / family centre)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '방문교육 지도사가 방문: 한국어교육 (한국어 학습), 부모교육 (생애주기별 각 1회), 자녀생활서비스 (학교생활·사회성 발달 지도). 세 서비스는 동시에 받을 수 없고 지역 내 타 기관 유사서비스와 중복지원 불가. 무상: 가족요양비를 받는 도서·벽지 거주 다문화가족, 기초생활수급자·차상위 본인부담경감 대상자, 기준 중위소득 150% 이하 (건강보험료 본인부담 부과액); 그 밖에는 본인부담금 차등 (부담률은 복지로 상세에 없음)',
      'A home tutor visits: Korean lessons, parenting education (once per life stage), child-life services (school life and social development). The three cannot be received at once, nor with a similar local service. Free for multicultural families on remote islands receiving the family care allowance, NBLSS recipients, copay-reduction near-poor and households at or below 150% of the median (health-insurance premium); others pay a co-payment by income (rates not in the Bokjiro record)',
    ),
  },
  form: {
    schema: z.object({
      service: z.enum(['korean', 'parenting', 'childLife']).meta({
        label: t('신청 서비스 (한국어교육·부모교육·자녀생활)', 'service (Korean, parenting, child life)'),
      }),
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
        label: t('사회보장급여 신청(변경)서', 'social security benefit application'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  parameters,
  cases,
});
