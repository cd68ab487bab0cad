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
  title: '복지로 국가보훈대상자 지원(수업료면제) (WLF00001131), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001131&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가보훈대상자 수업료 등 면제」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001131',
  version: '2026.1',
  name: t('국가보훈대상자 지원(수업료면제)', 'Tuition exemption for veterans and their families'),
  ministry: '국가보훈부',
  bureau: '생활안정과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'other',
  cycle: 'semiannual',
  summary: t(
    '국가유공자와 그 유족 또는 가족이 교육기관에서 필요한 교육을 받음으로써 건전한 사회인으로 자립할 수 있도록 교육비를 지원합니다.',
    'Supports the education costs of persons of national merit and their bereaved or other family members so that they can get the education they need and become self-reliant.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '국가보훈대상자 본인·가족이거나 그와 같이 사는 가구원',
        'registered veteran or family member, or living with one',
      ),
      cmp(
        t(
          '국가보훈대상자 등록 (본인 또는 유족·가족)',
          'registered with the veterans ministry (in person or as family)',
        ),
        fact('veteran'),
        '==',
        lit(true),
      ),
      someMember(
        t('가구에 국가보훈대상자', 'a registered veteran in the household'),
        cmp(
          t(
            '국가보훈대상자 등록 (본인 또는 유족·가족)',
            'registered with the veterans ministry (in person or as family)',
          ),
          fact('veteran'),
          '==',
          lit(true),
        ),
        { excludeSubject: true },
      ),
    ),
    cmp(
      t('중·고등학교·대학교 등 재학', 'in middle school, high school, university or similar'),
      fact('student', 'level'),
      'in',
      lit(['middle', 'high', 'university']),
    ),
    judgement(
      t(
        '국가보훈 관계 법령에 따른 교육지원대상자 (유공자 본인, 전몰·순직·사망 유공자의 배우자, 자녀, 독립유공자의 손자녀)',
        'education-support beneficiary under veterans’ laws (the person of merit, the spouse of a fallen or deceased person of merit, children, and grandchildren of independence patriots)',
      ),
      t('교육지원대상자 등록 (국가보훈부)', 'education-support registration (veterans ministry)'),
    ),
  ),
  benefit: {
    description: t(
      '중·고·대학교, 평생교육시설, 학점인정기관 등의 입학금·수업료·학교운영지원비(중·고등학교) 면제',
      'Entrance fees, tuition and school support fees (middle and high school) waived at middle and high schools, universities, lifelong-education and credit-bank institutions',
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
