import {
  all,
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
  title: '복지로 출소(예정)자 갱생보호사업 (WLF00006287), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006287&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「출소자 등 자립 지원」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006287',
  version: '2026.1',
  name: t(
    '출소(예정)자 갱생보호사업',
    'Rehabilitation protection for released and soon-to-be-released prisoners',
  ),
  ministry: '법무부',
  bureau: '보호정책과',
  legalBasis: [t('보호관찰 등에 관한 법률', 'Act on Probation and Parole Supervision')],
  target: 'person',
  lifeCycle: [],
  situations: [],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '「보호관찰 등에 관한 법률」에 의거, 출소자 등의 건전한 사회복귀 촉진과 효율적인 재범방지활동을 전개함으로써 개인과 공공의 복지와 안전 증진을 위해 자립을 지원합니다.',
    'Under the Act on Probation and Parole Supervision, supports the self-reliance of released prisoners to promote their return to society and prevent reoffending, for the welfare and safety of individuals and the public.',
  ),
  criteria: all(
    undefined,
    cmp(
      t(
        '형사처분 또는 보호처분을 받은 사람 (출소자·출소예정자·보호관찰대상자)',
        'received a criminal or protective disposition (released or soon-to-be-released prisoner, or on probation)',
      ),
      fact('exOffender'),
      '==',
      lit(true),
    ),
    judgement(
      t('갱생보호 신청과 보호 필요성', 'applies for rehabilitation protection and needs it'),
      t(
        '신청과 보호 결정 (한국법무보호복지공단)',
        'application and protection decision (Korea Rehabilitation Agency)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '생활지원(숙식 제공·긴급지원·의료·주민등록 재등록 등), 취업지원(직업훈련·취업알선·허그일자리·창업), 가족지원(주거·자녀 학업·가족 프로그램 등), 상담지원(심리상담·멘토링 등)',
      'Living support (room and board, emergency aid, medical care, re-registration), job support (training, placement, HUG jobs, start-ups), family support (housing, children’s schooling, family programmes) and counselling',
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
  sources: [catalogue, booklet],
  fidelity: 'summary',
  parameters,
  cases,
});
