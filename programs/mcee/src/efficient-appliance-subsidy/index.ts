import {
  all,
  any,
  type Criterion,
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

const bokjiro: Source = {
  title: '복지로 취약계층 고효율가전 구매지원(취약계층 에너지복지사업) (WLF00005444) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00005444&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [{ from: '2026-01-01', value: { type: 'scalar', value }, sources: [bokjiro] }],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'efficientAppliance.groupARate',
    ['가군 환급률 (구입가 대비)', 'group A refund (share of the price)'],
    'ratio',
    0.3,
  ),
  scalar(
    'efficientAppliance.groupBRate',
    ['나군 환급률 (구입가 대비)', 'group B refund (share of the price)'],
    'ratio',
    0.15,
  ),
  scalar('efficientAppliance.cap', ['가구당 지원 한도', 'limit per household'], 'krw', 300_000),
  scalar(
    'efficientAppliance.applianceKinds',
    ['지원 대상 고효율 가전제품 종류 수', 'kinds of eligible appliances'],
    'count',
    11,
  ),
  scalar(
    'efficientAppliance.manyChildrenMin',
    ['다자녀 (자녀 수, 이상)', 'many children: at least'],
    'count',
    3,
  ),
  scalar(
    'efficientAppliance.birthWithinYears',
    ['출산 가구 (출생 후 년 수, 미만)', 'recent birth: child younger than (years)'],
    'years',
    3,
  ),
  scalar(
    'efficientAppliance.largeFamilySize',
    ['대가족 (가구원 수, 이상)', 'large family: at least (members)'],
    'count',
    5,
  ),
];

const recipient = (id: string, ko: string, en: string): Criterion =>
  cmp(t(ko, en), receives(id, t(ko, en)), '==', lit(true));

export default defineProgram({
  id: 'WLF00005444',
  version: '2026.1',
  name: t(
    '취약계층 고효율가전 구매지원(취약계층 에너지복지사업)',
    'Purchase support for high-efficiency appliances for vulnerable households',
  ),
  ministry: '기후에너지환경부',
  bureau: '기후적응과',
  legalBasis: [t('에너지법', 'Energy Act'), t('전기사업법', 'Electricity Business Act')],
  target: 'household',
  lifeCycle: [],
  situations: ['multiChild', 'veteran', 'disability', 'lowIncome'],
  provision: 'cash',
  cycle: 'annual',
  summary: t(
    '전기요금 복지할인을 받는 가구가 고효율 가전제품(냉장고·세탁기·에어컨·TV 등 11종)을 사면 구입가의 30%(장애인·유공자·수급자·차상위 등 가군) 또는 15%(3자녀·출산·대가족 나군)를 가구당 30만원 한도에서 환급합니다.',
    'Households receiving the electricity welfare discount that buy a high-efficiency appliance (11 kinds: refrigerators, washing machines, air conditioners, TVs, …) get 30% of the price back (group A: disabled people, veterans, NBLSS recipients, near-poor, …) or 15% (group B: three or more children, a birth within 3 years, five or more members), up to 300,000 won per household.',
  ),
  criteria: all(
    undefined,
    recipient(
      'WLF00004639',
      '전기요금 복지할인을 받고 있는 가구',
      'household receiving the electricity welfare discount',
    ),
    any(
      t('지원 대상 (가군 또는 나군)', 'group A or group B'),
      any(
        t('가군 (구입가 30% 환급)', 'group A (30% refund)'),
        someMember(
          t(
            '장애인 (기존 1~3급, 장애의 정도가 심한 장애인)',
            'a disabled member (former grades 1–3, i.e. severe)',
          ),
          cmp(
            t('장애의 정도가 심한 장애인', 'severe disability'),
            fact('disability', 'severity'),
            '==',
            lit('severe', t('심한 장애', 'severe')),
          ),
        ),
        someMember(
          t(
            '국가·상이유공자 (1~3급) 또는 독립유공자',
            'a national merit holder or wounded veteran (grades 1–3) or an independence patriot',
          ),
          all(
            undefined,
            cmp(t('국가보훈대상자', 'patriot or veteran'), fact('veteran'), '==', lit(true)),
            judgement(
              t(
                '상이등급 1~3급 국가·상이유공자 또는 독립유공자',
                'grade 1–3 wounded veteran or independence patriot',
              ),
              t('보훈 구분·상이등급 (국가보훈부)', 'veterans’ category and injury grade (MPVA)'),
            ),
          ),
        ),
        any(
          t(
            '기초생활수급자 (생계·의료·주거·교육급여)',
            'NBLSS recipient (livelihood, medical, housing or education)',
          ),
          recipient('WLF00001132', '생계급여 수급', 'livelihood benefit recipient'),
          recipient('WLF00000102', '의료급여 수급', 'medical benefit recipient'),
          recipient('WLF00003201', '주거급여 수급', 'housing benefit recipient'),
          recipient('WLF00001089', '교육급여 수급', 'education benefit recipient'),
        ),
        someMember(
          t('차상위계층 가구원', 'a near-poor member'),
          cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
        ),
        judgement(
          t('생명유지장치 사용 가구', 'a household using a life-support device'),
          t(
            '생명유지장치 사용 확인 (한국전력 복지할인 등록)',
            'life-support device use (KEPCO discount registration)',
          ),
        ),
      ),
      any(
        t('나군 (구입가 15% 환급)', 'group B (15% refund)'),
        {
          type: 'count',
          label: t('3자녀 이상', 'three or more children'),
          where: cmp(
            t('자녀', 'child of the head'),
            v('person.relation'),
            '==',
            lit('child', t('자녀', 'child')),
          ),
          op: '>=',
          right: param('efficientAppliance.manyChildrenMin'),
        },
        someMember(
          t('출산 (3년 미만) 가구', 'a child born within the last 3 years'),
          cmp(
            t('만 3세 미만', 'under 3'),
            v('person.age'),
            '<',
            param('efficientAppliance.birthWithinYears'),
          ),
        ),
        cmp(
          t('대가족 (5인 이상)', 'large family (five or more)'),
          v('household.size'),
          '>=',
          param('efficientAppliance.largeFamilySize'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '고효율 가전제품 11종(냉장고·세탁기·에어컨·TV 등, 대상 기기는 support.kepco.co.kr) 구입가의 가군 30%, 나군 15% 환급, 가구당 300,000원 한도. 환급액은 구입가에 따라 달라 계산하지 않음. 사회복지시설 지원은 이 규칙에 포함하지 않음',
      'Refund of 30% (group A) or 15% (group B) of the price of one of 11 kinds of high-efficiency appliances (refrigerators, washing machines, air conditioners, TVs, …; list at support.kepco.co.kr), up to 300,000 won per household. The refund depends on the price and is not computed. Support for welfare facilities is not part of these rules',
    ),
  },
  form: {
    schema: z.object({
      applianceKind: z
        .string()
        .min(1)
        .max(40)
        .meta({ label: t('구입한 가전제품 종류', 'kind of appliance bought') }),
      purchasePriceKrw: z
        .number()
        .int()
        .min(1)
        .max(100_000_000)
        .meta({ label: t('구입가 (원)', 'purchase price (won)') }),
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
        label: t('고효율가전 구매지원 신청서', 'appliance purchase support application'),
        required: true,
      },
      {
        id: 'receipt',
        label: t('지원 대상 기기 구매 영수증', 'receipt for an eligible appliance'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00004639', 'WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
