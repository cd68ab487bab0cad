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
  receives,
  type Source,
  someMember,
  t,
  v,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 가스요금할인 (WLF00004638), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00004638&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title:
    '2024 나에게 힘이 되는 복지서비스 「기초생활수급자를 위한 요금감면제도」·「장애인을 위한 요금감면제도」',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  source: Source,
  from = '2024-01-01',
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from, value: { type: 'scalar', value }, sources: [source], ...(note ? { note } : {}) }],
});
const derivedMulti: Source = { title: '「다자녀」의 최소 의미 (자녀 둘 이상)', status: 'derived' };

const parameters: ParameterDefinition[] = [
  scalar(
    'gasBillDiscount.multiChildAtLeast',
    ['다자녀 최소 자녀 수 (다자녀 기준의 하한)', 'minimum number of children for any multi-child rule'],
    'count',
    2,
    derivedMulti,
    '2024-01-01',
    '공식 자료에 다자녀 기준 수치가 없어 최소 요건(둘 이상)만 판정하고 나머지는 확인 필요',
  ),
];

export default defineProgram({
  id: 'WLF00004638',
  version: '2026.1',
  name: t('가스요금할인', 'City gas bill discount'),
  ministry: '산업통상부',
  bureau: '가스산업과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['teen', 'youth', 'middleAge', 'senior'],
  situations: ['multiChild', 'veteran', 'disability', 'lowIncome'],
  provision: 'reduction',
  cycle: 'monthly',
  summary: t(
    '기초생활수급자, 차상위계층, 장애인, 국가유공자 등 사회적배려대상자가 사용하는 도시가스요금을 감액하여 요금 감면을 지원합니다.',
    'Reduces city gas bills for socially vulnerable users such as NBLSS recipients, near-poor households, people with disabilities and national merit holders.',
  ),
  criteria: all(
    undefined,
    any(
      t('사회적배려대상자', 'socially vulnerable household'),
      any(
        t(
          '기초생활수급자 (생계·의료·주거·교육급여)',
          'NBLSS recipient (livelihood, medical, housing or education)',
        ),
        cmp(
          t('생계급여 수급', 'livelihood benefit recipient'),
          receives('WLF00001132', t('생계급여 수급', 'livelihood benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('의료급여 수급', 'medical benefit recipient'),
          receives('WLF00000102', t('의료급여 수급', 'medical benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('주거급여 수급', 'housing benefit recipient'),
          receives('WLF00003201', t('주거급여 수급', 'housing benefit recipient')),
          '==',
          lit(true),
        ),
        cmp(
          t('교육급여 수급', 'education benefit recipient'),
          receives('WLF00001089', t('교육급여 수급', 'education benefit recipient')),
          '==',
          lit(true),
        ),
      ),
      someMember(
        t('차상위계층 가구원', 'a near-poor member'),
        cmp(t('차상위계층', 'near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
      ),
      someMember(
        t('장애의 정도가 심한 장애인', 'a member with a severe disability'),
        cmp(
          t('장애의 정도가 심한 장애인', 'severe disability'),
          fact('disability', 'severity'),
          '==',
          lit('severe', t('심한 장애', 'severe')),
        ),
      ),
      all(
        t('국가유공자', 'national merit holder'),
        someMember(
          t('보훈대상자 가구원', 'a patriot or veteran in the household'),
          cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
        ),
        judgement(
          t('감면 대상 유공자 구분', 'the merit-holder categories covered'),
          t('보훈 구분 (도시가스 회사)', 'veterans’ category (gas company)'),
        ),
      ),
      all(
        t('다자녀 가구', 'multi-child household'),
        {
          type: 'count',
          label: t(
            '자녀가 둘 이상 (다자녀의 최소 요건)',
            'at least two children (the minimum for any multi-child rule)',
          ),
          where: cmp(t('자녀', 'child'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
          op: '>=',
          right: param('gasBillDiscount.multiChildAtLeast'),
        },
        judgement(
          t('다자녀 기준(자녀 수·연령) 충족', 'meets the multi-child rule (number and ages of children)'),
          t('다자녀 기준 (공식 자료에 수치 없음)', 'the multi-child rule (no figures in the official texts)'),
        ),
      ),
    ),
    judgement(
      t(
        '주택용 도시가스 사용 (감면액은 지자체·공급사별 상이)',
        'uses residential city gas (amounts differ by local government and supplier)',
      ),
      t('도시가스 회사 신청', 'application to the gas company'),
    ),
  ),
  benefit: {
    description: t(
      '주택용 도시가스요금 감면 (지자체별 상이)',
      'Reduced residential city-gas bills (amounts differ by area)',
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
  sources: [catalogue, booklet, derivedMulti],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
