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
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 국가유공자재가복지지원 (WLF00000098), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000098&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「재가복지지원」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransHomeCare.minAge',
    label: t('재가복지지원 연령 (만 나이 이상)', 'minimum age'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000098',
  version: '2026.1',
  name: t('국가유공자재가복지지원', 'In-home welfare services for veterans'),
  ministry: '국가보훈부',
  bureau: '복지서비스과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['veteran'],
  provision: 'service',
  cycle: 'weekly',
  summary: t(
    '국가유공자 등 보훈대상자의 안락하고 영예로운 노후 생활을 보장하기 위해 재가복지 서비스를 지원합니다.',
    'Provides in-home welfare services so that persons of national merit and other veterans can live a comfortable and honourable old age.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '국가보훈대상자 등록 (본인 또는 유족·가족)',
        'registered with the veterans ministry (in person or as family)',
      ),
      fact('veteran'),
      '==',
      lit(true),
    ),
    cmp(t('만 65세 이상', 'aged 65 or over'), v('person.age'), '>=', param('veteransHomeCare.minAge')),
    any(
      t('독거 또는 노인부부 세대', 'lives alone or as an elderly couple'),
      cmp(
        t('독거 (1인 가구)', 'lives alone (one-person household)'),
        v('household.size'),
        '==',
        lit(1, t('1명', 'one')),
      ),
      all(
        t('노인부부 세대', 'elderly couple household'),
        cmp(t('2인 가구', 'two-person household'), v('household.size'), '==', lit(2, t('2명', 'two'))),
        cmp(t('배우자와 동거', 'lives with a spouse'), v('person.hasSpouse'), '==', lit(true)),
        cmp(
          t('배우자 만 65세 이상', 'spouse aged 65 or over'),
          v('person.spouseAge'),
          '>=',
          param('veteransHomeCare.minAge'),
        ),
      ),
    ),
    judgement(
      t(
        '노인성 질환 또는 상이처 등으로 거동이 불편함',
        'limited mobility from geriatric illness, war wounds or similar',
      ),
      t('거동 불편 여부 (재가보훈실무관 조사)', 'mobility assessment (home-care officer)'),
    ),
    any(
      t(
        '생활수준 (생존 애국지사 등은 생활수준과 관계없음)',
        'living standard (not required of living patriots and some others)',
      ),
      all(
        t('생존 애국지사', 'living independence patriot'),
        cmp(
          t('보훈대상자 구분: 독립유공자', 'veteran category: independence patriot'),
          fact('veteran', 'category'),
          'in',
          lit(['독립유공자']),
        ),
        cmp(
          t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
          fact('veteran', 'isFamily'),
          '==',
          lit(false),
        ),
      ),
      judgement(
        t(
          '국가보훈부장관이 정한 생활수준에 해당 (또는 애국지사 수권 배우자·1급 중상이자 본인)',
          'within the living standard set by the veterans minister (or the patriot’s entitled spouse, or seriously wounded grade 1)',
        ),
        t(
          '생활수준 조사·상이등급 (국가보훈부)',
          'living-standard survey or injury grade (veterans ministry)',
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '재가보훈실무관이 가정을 방문하여 가사활동 지원, 건강관리 등 재가서비스 제공 (주 1~3회, 1회 1~2시간 기본)',
      'Home-care officers visit to help with housework and health care (typically 1–3 visits a week of 1–2 hours)',
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
