import { all, any, cmp, defineProgram, fact, judgement, lit, type Source, t, z } from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 서민금융진흥원 자영업 컨설팅 (WLF00006276), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006276&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet0: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「서민금융진흥원 자영업 컨설팅」',
  status: 'official',
};

export default defineProgram({
  id: 'WLF00006276',
  version: '2026.1',
  name: t(
    '서민금융진흥원 자영업 컨설팅',
    'Consulting for self-employed people (Korea Inclusive Finance Agency)',
  ),
  ministry: '금융위원회',
  bureau: '서민금융과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: [],
  provision: 'service',
  cycle: 'once',
  summary: t(
    '미소금융 등 서민금융 이용자 또는 이용 요건을 갖춘 저신용 영세 자영업자를 대상으로 경영진단과 사업 솔루션 제공을 통해 사업 환경 개선을 도모합니다.',
    'Improves the business environment of users of inclusive-finance products such as microfinance, or of low-credit small self-employed people who qualify for them, through business diagnosis and solutions.',
  ),
  criteria: all(
    undefined,
    any(
      t('자영업자', 'self-employed'),
      cmp(
        t('개인사업자 (사업자 등록)', 'sole proprietor (registered business)'),
        fact('smallBusiness'),
        '==',
        lit(true),
      ),
      cmp(
        t('자영업 (취업 상태)', 'self-employed (employment status)'),
        fact('employment', 'status'),
        'in',
        lit(['selfEmployed']),
      ),
    ),
    judgement(
      t(
        '서민금융상품 이용자 등 서민·취약계층 (또는 이용 요건을 갖춘 저신용 영세 자영업자)',
        'a low-income or vulnerable person using inclusive-finance products (or a low-credit small business that qualifies for them)',
      ),
      t(
        '서민금융상품 이용 또는 이용 요건 (서민금융진흥원)',
        'use of, or eligibility for, inclusive-finance products (KINFA)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '지역별·업종별 전문 컨설턴트가 사업장을 방문해 경영진단·상권분석·사업성분석·마케팅·세무회계 등 맞춤 솔루션 제공 (신청자 부담 없음)',
      'Expert consultants visit the business for diagnosis, market analysis, feasibility, marketing, tax and accounting and more (free of charge)',
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
  sources: [catalogue, booklet0],
  fidelity: 'summary',
  parameters: [],
  cases,
});
