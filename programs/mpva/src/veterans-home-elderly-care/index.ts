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
  title: '복지로 보훈원 양로지원 (WLF00000069), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000069&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = { title: '2024 나에게 힘이 되는 복지서비스 「양로지원」', status: 'official' };

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransHomeElderlyCare.minAgeMen',
    label: t('양로지원 연령 (남성, 만 나이 이상)', 'minimum age (men)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 65 }, sources: [booklet] }],
  },
  {
    id: 'veteransHomeElderlyCare.minAgeWomen',
    label: t('양로지원 연령 (여성, 만 나이 이상)', 'minimum age (women)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet] }],
  },
  {
    id: 'veteransHomeElderlyCare.minAgeWoundedMen',
    label: t('양로지원 연령 (상이유공자 본인 남성)', 'minimum age (wounded men)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 60 }, sources: [booklet] }],
  },
  {
    id: 'veteransHomeElderlyCare.minAgeWoundedWomen',
    label: t('양로지원 연령 (상이유공자 본인 여성)', 'minimum age (wounded women)'),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 55 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00000069',
  version: '2026.1',
  name: t('보훈원 양로지원', 'Elderly residential care at the Veterans’ Home'),
  ministry: '국가보훈부',
  bureau: '복지서비스과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['senior'],
  situations: ['veteran'],
  provision: 'facility',
  cycle: 'monthly',
  summary: t(
    '부양의무자가 없는 국가유공자 등에게 보훈원(양로시설) 입소 후 의식주 등 생활보장과 의료지원 및 사후 묘지 안장 등을 지원합니다.',
    'Admits persons of national merit and others who have no support obligor to the Veterans’ Home (an elderly care facility), providing food, clothing and shelter, medical care and burial in its cemetery.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '보훈대상자 구분: 독립유공자, 국가유공자, 5·18민주유공자, 특수임무유공자, 고엽제후유의증, 참전유공자',
        'veteran category: independence patriot, person of national merit, May 18 democracy merit, special-mission merit, Agent Orange after-effect-like disorder patient, war veteran (participant)',
      ),
      fact('veteran', 'category'),
      'in',
      lit(['독립유공자', '국가유공자', '5·18민주유공자', '특수임무유공자', '고엽제후유의증', '참전유공자']),
    ),
    any(
      t(
        '본인 또는 유족 (국가유공자 등의 자녀 제외)',
        'in person, or a bereaved member (not a child of the person of merit)',
      ),
      cmp(
        t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
        fact('veteran', 'isFamily'),
        '==',
        lit(false),
      ),
      judgement(
        t(
          '독립유공자의 보상금 지급대상 선순위 유족, 또는 국가유공자·5·18민주유공자·특수임무유공자의 유족(자녀 제외)',
          'first-ranked bereaved of an independence patriot, or a bereaved member (not a child) of a person of national, May 18 or special-mission merit',
        ),
        t('유족 구분·순위 (국가보훈부)', 'the bereaved member’s type and rank (veterans ministry)'),
      ),
    ),
    any(
      t(
        '연령: 남 65세·여 60세 이상 (상이유공자 본인은 남 60세·여 55세 이상)',
        'age: men 65+, women 60+ (wounded persons of merit in person: men 60+, women 55+)',
      ),
      all(
        t('남성 만 65세 이상', 'man aged 65 or over'),
        cmp(t('남성', 'man'), v('person.sex'), '==', lit('M', t('남성', 'man'))),
        cmp(
          t('만 65세 이상 (남성)', 'aged 65 or over (man)'),
          v('person.age'),
          '>=',
          param('veteransHomeElderlyCare.minAgeMen'),
        ),
      ),
      all(
        t('여성 만 60세 이상', 'woman aged 60 or over'),
        cmp(t('여성', 'woman'), v('person.sex'), '==', lit('F', t('여성', 'woman'))),
        cmp(
          t('만 60세 이상 (여성)', 'aged 60 or over (woman)'),
          v('person.age'),
          '>=',
          param('veteransHomeElderlyCare.minAgeWomen'),
        ),
      ),
      all(
        t('상이유공자 본인 특례', 'wounded person of merit in person'),
        judgement(
          t('상이유공자 본인', 'wounded person of merit in person'),
          t('상이 판정 (국가보훈부)', 'injury recognition (veterans ministry)'),
        ),
        any(
          t('남 60세·여 55세 이상', 'men 60+, women 55+'),
          all(
            t('남성 만 60세 이상', 'man aged 60 or over'),
            cmp(t('남성', 'man'), v('person.sex'), '==', lit('M', t('남성', 'man'))),
            cmp(
              t('만 60세 이상 (남성)', 'aged 60 or over (man)'),
              v('person.age'),
              '>=',
              param('veteransHomeElderlyCare.minAgeWoundedMen'),
            ),
          ),
          all(
            t('여성 만 55세 이상', 'woman aged 55 or over'),
            cmp(t('여성', 'woman'), v('person.sex'), '==', lit('F', t('여성', 'woman'))),
            cmp(
              t('만 55세 이상 (여성)', 'aged 55 or over (woman)'),
              v('person.age'),
              '>=',
              param('veteransHomeElderlyCare.minAgeWoundedWomen'),
            ),
          ),
        ),
      ),
    ),
    cmp(t('부양의무자 없음', 'no support obligor'), fact('supportObligor', 'result'), '==', lit('none')),
  ),
  benefit: {
    description: t(
      '보훈원 입소 후 사망 또는 퇴소 시까지 의식주 제공, 의료서비스 지원, 사망 시 보훈원 부설 공동묘지(창훈묘원) 안장',
      'Residence at the Veterans’ Home until death or discharge with food, clothing and shelter, medical care, and burial in its cemetery',
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
