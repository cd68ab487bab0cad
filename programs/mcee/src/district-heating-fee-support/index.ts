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
  title:
    '복지로 저소득층, 사회적 배려대상 및 다자녀가구 지역난방 열요금 지원 (WLF00006226), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006226&wlfareInfoReldBztpCd=01',
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
    'districtHeatingFee.multiChildAtLeast',
    ['다자녀 최소 자녀 수 (다자녀 기준의 하한)', 'minimum number of children for any multi-child rule'],
    'count',
    2,
    derivedMulti,
    '2024-01-01',
    '공식 자료에 다자녀 기준 수치가 없어 최소 요건(둘 이상)만 판정하고 나머지는 확인 필요',
  ),
];

export default defineProgram({
  id: 'WLF00006226',
  version: '2026.1',
  name: t(
    '저소득층, 사회적 배려대상 및 다자녀가구 지역난방 열요금 지원',
    'District heating fee support for low-income, socially vulnerable and multi-child households',
  ),
  ministry: '기후에너지환경부',
  bureau: '열산업혁신과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['youth', 'middleAge', 'senior'],
  situations: ['disability', 'singleParent'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '사회적으로 배려가 필요한 계층(저소득층, 장애인, 유공자, 다자녀 가구 등)의 난방비 부담을 경감하고자 난방비 요금을 지원합니다.',
    'Helps socially vulnerable households (low-income, disabled, national merit and multi-child households and others) with their district heating bills.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '저소득층·장애인·유공자·한부모·다자녀 가구',
        'low-income, disabled, merit-holder, single-parent or multi-child household',
      ),
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
        t('등록 장애인 가구원', 'a registered disabled member'),
        cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
      ),
      someMember(
        t('국가보훈대상자 가구원', 'a patriot or veteran in the household'),
        cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
      ),
      someMember(
        t('한부모·조손가족', 'a single-parent or grandparent family'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
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
          right: param('districtHeatingFee.multiChildAtLeast'),
        },
        judgement(
          t('다자녀 기준(자녀 수·연령) 충족', 'meets the multi-child rule (number and ages of children)'),
          t('다자녀 기준 (공식 자료에 수치 없음)', 'the multi-child rule (no figures in the official texts)'),
        ),
      ),
    ),
    judgement(
      t('지역난방 공급 주택 거주', 'lives in a home on district heating'),
      t('지역난방 사업자 공급 확인', 'supply check by the district-heating provider'),
    ),
  ),
  benefit: {
    description: t(
      '지역난방 열요금(난방비) 지원 (지원액은 공식 자료에 없음)',
      'Help with district-heating bills (amount not given in the official texts)',
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
  sources: [catalogue, derivedMulti],
  fidelity: 'summary',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
