import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  receives,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title:
    '복지로 의료급여 중증질환, 희귀질환 및 중증난치질환자 지원 (WLF00000923), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000923&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const book: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「의료급여 산정특례(중증질환 산정특례)」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00000923',
  version: '2026.1',
  name: t(
    '의료급여 중증질환, 희귀질환 및 중증난치질환자 지원',
    'Medical aid for severe, rare and intractable diseases',
  ),
  ministry: '보건복지부',
  bureau: '기초의료보장과',
  legalBasis: [t('의료급여법', 'Medical Aid Act')],
  target: 'person',
  lifeCycle: [],
  situations: ['multicultural', 'veteran', 'lowIncome'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '의료급여 수급권자에 대한 의료비를 지원하여 저소득층 국민보건 향상과 사회복지 증진에 기여합니다.',
    'Supports the medical costs of medical-aid recipients with severe, rare or severe intractable diseases, improving public health among low-income people and promoting social welfare.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('의료급여 수급권자', 'medical aid recipient'),
      receives('WLF00000102', t('의료급여 수급권자', 'medical aid recipient')),
      '==',
      lit(true),
    ),
    any(
      t('중증질환·희귀질환·중증난치질환·결핵', 'severe, rare or severe intractable disease, or tuberculosis'),
      cmp(
        t(
          '산정특례 등록 (암·중증화상·희귀질환·중증난치질환·결핵)',
          'special-copay registration (cancer, severe burns, rare or severe intractable disease, tuberculosis)',
        ),
        fact('illness', 'kind'),
        'in',
        lit(['cancer', 'rare', 'severe', 'tuberculosis']),
      ),
      judgement(
        t(
          '뇌혈관질환·심장질환·중증외상 (별도 등록 없이 적용)',
          'cerebrovascular or heart disease, or severe trauma (applies without registration)',
        ),
        t('해당 질환 입원·수술 여부 (의료기관)', 'hospital treatment for these conditions'),
      ),
    ),
  ),
  benefit: {
    description: t(
      '급여비용 본인부담 면제. 산정특례 등록자(암·중증화상·희귀·중증난치질환·결핵)는 의료급여 절차 예외로 2차·3차 의료급여기관에 바로 의료급여 신청 가능',
      'No copay on covered costs. Registered patients (cancer, severe burns, rare or severe intractable disease, tuberculosis) may go straight to secondary or tertiary medical-aid institutions',
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
        id: 'registration',
        label: t('산정특례 등록 신청서 (의사 발급)', 'special-copay registration form (from the doctor)'),
        required: false,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'onChange',
  effective: { from: '2024-01-01' },
  sources: [catalogue, book],
  fidelity: 'summary',
  dependsOn: ['WLF00000102'],
  parameters,
  cases,
});
