import { all, defineProgram, judgement, type ParameterDefinition, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 큰글자책 보급 지원 (WLF00001100), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001100&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00001100',
  version: '2026.1',
  name: t('큰글자책 보급 지원', 'Large-print books for public libraries'),
  ministry: '문화체육관광부',
  bureau: '도서관정책기획단',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'other',
  cycle: 'once',
  summary: t(
    '공공도서관에 큰글자책을 보급하여 노년층, 저시력자 등 독서 취약계층의 도서 접근성을 강화하고 장서개발을 확대합니다.',
    'Supplies large-print books to public libraries to improve access to reading for older people, people with low vision and other underserved readers, and to widen library collections.',
  ),
  criteria: all(
    undefined,
    judgement(
      t('공공도서관 이용 (보급 장서 열람·대출)', 'use of a public library (reading or borrowing the books)'),
      t('도서관 이용', 'library use'),
    ),
  ),
  benefit: {
    description: t(
      '공공도서관에 큰글자책 보급 (도서관 장서로 누구나 이용)',
      'Large-print books supplied to public libraries (anyone can use them)',
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
  sources: [catalogue],
  fidelity: 'summary',
  openToAll: t(
    '공공도서관 장서로 보급되어 누구나 이용할 수 있음 (노년층·저시력자 등 독서 취약계층을 위한 장서)',
    'the books go into public library collections that anyone can use (meant for older readers, people with low vision and others)',
  ),
  parameters,
  cases,
});
