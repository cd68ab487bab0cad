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
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title:
    '복지로 유선전화(인터넷요금전화포함), 초고속(인터넷통신)요금감면 (WLF00006227), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006227&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title:
    '2024 나에게 힘이 되는 복지서비스 「기초생활수급자를 위한 요금감면제도」·「장애인을 위한 요금감면제도」·「통신요금감면」',
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

const parameters: ParameterDefinition[] = [
  scalar(
    'landlineDiscount.localCallRate',
    [
      '장애인·보훈 시내·인터넷전화 통화료 감면율',
      'disability and veterans: local and internet-call discount',
    ],
    'ratio',
    0.5,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'landlineDiscount.longDistanceCap',
    ['시외전화 통화료 감면 한도 (월)', 'long-distance call discount cap (monthly)'],
    'krw/month',
    30000,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'landlineDiscount.broadbandRate',
    ['초고속인터넷 이용료 감면율', 'broadband discount rate'],
    'ratio',
    0.3,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00006227',
  version: '2026.1',
  name: t('유선전화(인터넷요금전화포함), 초고속(인터넷통신)요금감면', 'Landline and broadband fee discount'),
  ministry: '과학기술정보통신부',
  bureau: '통신경쟁정책과',
  legalBasis: [],
  target: 'household',
  lifeCycle: ['child', 'teen', 'youth', 'middleAge', 'senior'],
  situations: ['veteran', 'disability', 'lowIncome'],
  provision: 'reduction',
  cycle: 'monthly',
  summary: t(
    '사회적 취약계층을 대상으로 가계통신비 부담완화를 위해 통신요금을 감면합니다.',
    'Reduces landline (including internet phone) and broadband bills for socially vulnerable households to ease communication costs.',
  ),
  criteria: any(
    t('유선전화·초고속인터넷 감면 대상 가구', 'household eligible for the landline and broadband reduction'),
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
      t('등록 장애인 가구원', 'a registered disabled member'),
      cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
    ),
    someMember(
      t('보훈 상이자 가구원', 'a wounded veteran in the household'),
      all(
        t('보훈대상자 (상이자)', 'veteran (wounded)'),
        cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
        judgement(
          t(
            '감면 대상 보훈 구분 (전상군경·공상군경·4·19혁명부상자·공상공무원·특별공로상이자·6·18자유상이자·5·18민주화운동부상자)',
            'an eligible veterans’ category (war- or duty-wounded, wounded in the April 19 or May 18 movements, duty-injured officials, …)',
          ),
          t('보훈 구분·상이 등급 (국가보훈부)', 'veterans’ category and injury grade (MPVA)'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '생계·의료급여: 유선전화 가입비·기본료 면제와 무료 통화(시내·시외 각 75도수, 인터넷전화 150도수); 주거·교육급여: 초고속·휴대인터넷 30% 감면; 장애인·보훈 상이자: 시내·인터넷전화 통화료 50%, 시외 월 3만 원 한도 50%, 초고속인터넷 30% (가구당 1회선)',
      'Livelihood and medical benefit: landline connection and base fees waived with free calls (75 local and 75 long-distance units, 150 internet-phone units); housing and education benefit: 30% off broadband; disabled people and wounded veterans: 50% off local and internet calls, 50% off long-distance up to KRW 30,000 a month, 30% off broadband (one line per household)',
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
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
