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
  title: '복지로 국가유공자보철구지급 (WLF00003274), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003274&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가유공자 기타의료지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00003274',
  version: '2026.1',
  name: t('국가유공자보철구지급', 'Prosthetics for wounded persons of national merit'),
  ministry: '국가보훈부',
  bureau: '보훈의료재활과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '국가유공상이자에게 신체 기능 장애나 활동력이 상실된 부분을 보충하거나 보완해 주는 보철구를 지급하여 생활의 편의를 돕습니다.',
    'Provides prostheses and orthoses that replace or support lost body functions to wounded persons of national merit, to make daily life easier.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '독립유공자 또는 신체 희생이 있는 국가유공자 (국가유공상이자)',
        'independence patriot, or person of national merit with a bodily injury',
      ),
      all(
        t('독립유공자 본인', 'independence patriot in person'),
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
      all(
        t('국가유공상이자', 'wounded person of national merit'),
        cmp(
          t('보훈대상자 구분: 국가유공자', 'veteran category: person of national merit'),
          fact('veteran', 'category'),
          'in',
          lit(['국가유공자']),
        ),
        cmp(
          t('유공자 본인 (유족·가족이 아님)', 'the person of merit in person (not a bereaved family member)'),
          fact('veteran', 'isFamily'),
          '==',
          lit(false),
        ),
        judgement(
          t('신체 희생(상이)이 인정된 유공자', 'person of merit with a recognised bodily injury'),
          t('상이 판정 (국가보훈부)', 'injury recognition (veterans ministry)'),
        ),
      ),
    ),
    judgement(
      t(
        '상이처 또는 질병으로 보철구가 필요함',
        'needs a prosthesis or orthosis because of the wound or an illness',
      ),
      t('보철구 필요성 (보훈병원 등 진단)', 'need for the device (veterans hospital or other diagnosis)'),
    ),
  ),
  benefit: {
    description: t(
      '의수·의지 등 보철구를 맞춰주거나 제작품·구매품으로 지급',
      'Prostheses and orthoses (artificial arms, legs and others), made to measure or supplied ready-made',
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
