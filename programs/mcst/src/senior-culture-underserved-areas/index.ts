import {
  all,
  cmp,
  defineProgram,
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
  title: '복지로 취약지역 어르신 문화누림 (WLF00001111), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001111&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「취약지역 어르신 문화누림」',
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
  scalar('seniorCulture.minAge', ['대상 연령 (만, 이상)', 'minimum age'], 'years', 60, booklet, '2024-01-01'),
  scalar(
    'seniorCulture.earlySeniorMaxAge',
    ['초기 노년층 상한 (만)', 'early old age: up to'],
    'years',
    74,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'seniorCulture.lateSeniorMinAge',
    ['후기 노년층 하한 (만)', 'late old age: from'],
    'years',
    75,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'seniorCulture.depopulationAreas',
    ['소멸위험지역 수', 'areas at risk of depopulation'],
    'count',
    118,
    booklet,
    '2024-01-01',
  ),
  scalar(
    'seniorCulture.underservedAreas',
    ['문화환경 취약지역 수', 'culturally underserved areas'],
    'count',
    69,
    booklet,
    '2024-01-01',
  ),
];

export default defineProgram({
  id: 'WLF00001111',
  version: '2026.1',
  name: t('취약지역 어르신 문화누림', 'Culture programmes for older people in underserved areas'),
  ministry: '문화체육관광부',
  bureau: '지역문화정책과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['middleAge', 'senior'],
  situations: [],
  provision: 'service',
  cycle: 'annual',
  summary: t(
    '취약지역 노인의 문화예술 접근성 및 향유기회 확대를 위한 맞춤형 문화활동 지원을 통해 연령, 지역간 문화격차를 해소합니다.',
    'Offers older people in underserved areas tailored cultural activities to widen their access to the arts and narrow the cultural gap between ages and regions.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 60세 이상', 'aged 60 or over'), v('person.age'), '>=', param('seniorCulture.minAge')),
    cmp(
      t('대한민국 국민', 'Korean national'),
      v('person.nationality'),
      '==',
      lit('KR', t('대한민국', 'Korea')),
    ),
    judgement(
      t(
        '취약지역(소멸위험지역 118곳·문화환경 취약지역 69곳)의 문화원·문화의집 등 프로그램 참여',
        'taking part in programmes at culture centres in underserved areas (118 depopulation-risk and 69 culturally underserved areas)',
      ),
      t(
        '거주지 인근 프로그램 (한국문화원연합회), 시군구 구분 변수 없음',
        'a nearby programme (Korean Cultural Centre Association); no district variable',
      ),
    ),
  ),
  benefit: {
    description: t(
      '연령대별(초기 노년층 60~74세, 후기 노년층 75세 이상) 맞춤형 문화프로그램 무료 운영과 실버문화페스티벌',
      'Free cultural programmes by age group (60–74 and 75 or over) and a national seniors’ culture festival',
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
