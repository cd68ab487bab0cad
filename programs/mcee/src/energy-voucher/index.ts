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
  title: '복지로 에너지바우처 (WLF00000072) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000072&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const scalar = (
  id: string,
  label: [string, string],
  unit: ParameterDefinition['unit'],
  value: number,
  note?: string,
): ParameterDefinition => ({
  id,
  label: t(label[0], label[1]),
  unit,
  versions: [
    { from: '2026-01-01', value: { type: 'scalar', value }, sources: [bokjiro], ...(note ? { note } : {}) },
  ],
});

const parameters: ParameterDefinition[] = [
  scalar(
    'energyVoucher.seniorBornBy',
    ['노인 세대원 출생연도 (이 해 12월 31일 이전 출생)', 'older member: born on or before 31 December of'],
    'years',
    1961,
    '주민등록기준 1961. 12. 31. 이전 출생자',
  ),
  scalar(
    'energyVoucher.childBornFrom',
    ['영유아 출생연도 (이 해 1월 1일 이후 출생)', 'young child: born on or after 1 January of'],
    'years',
    2019,
    '주민등록기준 2019. 1. 1. 이후 출생한 7세 이하의 취학 전 아동',
  ),
  scalar('energyVoucher.childMaxAge', ['영유아 연령 (만, 이하)', 'young child: maximum age'], 'years', 7),
  scalar(
    'energyVoucher.multiChildAgeLimit',
    ['다자녀 세대 자녀 연령 (만, 미만)', 'multi-child household: children under'],
    'years',
    19,
  ),
  scalar(
    'energyVoucher.multiChildMin',
    ['다자녀 세대 자녀 수 (이상)', 'multi-child household: at least this many children'],
    'count',
    2,
  ),
];

const recipient = (id: string, ko: string, en: string): Criterion =>
  cmp(t(ko, en), receives(id, t(ko, en)), '==', lit(true));
const nblssRecipient = any(
  t(
    '기초생활수급 세대 (생계·의료·주거·교육급여 중 하나 이상)',
    'NBLSS household (livelihood, medical, housing or education)',
  ),
  recipient('WLF00001132', '생계급여 수급', 'livelihood benefit recipient'),
  recipient('WLF00000102', '의료급여 수급', 'medical benefit recipient'),
  recipient('WLF00003201', '주거급여 수급', 'housing benefit recipient'),
  recipient('WLF00001089', '교육급여 수급', 'education benefit recipient'),
);
const senior = someMember(
  t('노인 (1961년 12월 31일 이전 출생)', 'an older member (born on or before 31 December 1961)'),
  cmp(t('출생연도', 'year of birth'), v('person.birthYear'), '<=', param('energyVoucher.seniorBornBy')),
);
const disabled = someMember(
  t('「장애인복지법」에 따라 등록된 장애인', 'a registered disabled member'),
  cmp(t('등록 장애인', 'registered disability'), fact('disability'), '==', lit(true)),
);
const singleParent = someMember(
  t(
    '한부모가족 지원대상자 (「한부모가족지원법」 제5조·제5조의2)',
    'a single-parent family support recipient',
  ),
  cmp(t('한부모가족 증명', 'single-parent family certificate'), fact('singleParentFamily'), '==', lit(true)),
);
const childHeaded = any(
  t('소년소녀가정 (가정위탁보호 아동 포함)', 'a child-headed household (foster children included)'),
  someMember(
    t('소년소녀가정 지원대상', 'a child-headed household'),
    cmp(t('소년소녀가정', 'child-headed household'), fact('childHeadedHousehold'), '==', lit(true)),
  ),
  someMember(
    t('보호대상아동 중 가정위탁보호 아동', 'a child in care who is in foster-family care'),
    all(
      undefined,
      cmp(t('보호대상아동', 'child in care'), fact('fosterCare'), '==', lit(true)),
      judgement(
        t(
          '「아동복지법」 제3조의 가정위탁보호 아동',
          'a foster-family child under the Child Welfare Act art. 3',
        ),
        t(
          '가정위탁 보호 여부 (아동보호 기록)',
          'whether the child is in foster-family care (child-protection record)',
        ),
      ),
    ),
  ),
);

export default defineProgram({
  id: 'WLF00000072',
  version: '2026.1',
  name: t('에너지바우처', 'Energy voucher'),
  ministry: '기후에너지환경부',
  bureau: '기후적응과',
  legalBasis: [
    t('에너지법', 'Energy Act'),
    t('에너지 및 자원사업 특별회계법', 'Act on the Special Accounts for Energy and Resources Projects'),
  ],
  target: 'household',
  lifeCycle: ['infant', 'senior'],
  situations: ['disability', 'lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'annual',
  summary: t(
    '생계·의료·주거·교육급여 수급 세대 중 노인·영유아·장애인·임산부·중증·희귀·중증난치질환자·한부모가족·소년소녀가정·다자녀 세대원이 있는 세대에 에너지바우처를, 2026년 1월 이후 연탄 난방을 연탄 외 보일러로 바꾼 저소득·취약 세대에 연탄전환 에너지바우처를 지급합니다.',
    'Households receiving an NBLSS benefit with an older, very young, disabled, pregnant or seriously ill member, a single-parent family, a child-headed household or two or more children under 19 get an energy voucher; low-income or vulnerable households that replaced briquette heating with another boiler from January 2026 get a briquette-conversion voucher.',
  ),
  criteria: any(
    undefined,
    all(
      t(
        '에너지바우처: 소득기준과 세대원 특성기준 모두 충족',
        'energy voucher: income rule and a member rule',
      ),
      nblssRecipient,
      any(
        t('세대원 특성기준 (어느 하나)', 'a vulnerable member (any of)'),
        senior,
        someMember(
          t(
            '영유아 (2019년 1월 1일 이후 출생한 만 7세 이하 취학 전 아동)',
            'a young child (born from 1 January 2019, 7 or under, not yet in school)',
          ),
          all(
            undefined,
            cmp(
              t('2019년 이후 출생', 'born in 2019 or later'),
              v('person.birthYear'),
              '>=',
              param('energyVoucher.childBornFrom'),
            ),
            cmp(
              t('만 7세 이하', 'aged 7 or under'),
              v('person.age'),
              '<=',
              param('energyVoucher.childMaxAge'),
            ),
            cmp(
              t('취학 전 (재학 기록 없음)', 'not yet in school (no enrolment)'),
              fact('student'),
              '==',
              lit(false),
            ),
          ),
        ),
        disabled,
        someMember(
          t(
            '임산부 (임신 중; 분만 후 6개월 미만은 함께 사는 영유아로 충족)',
            'a pregnant member (within 6 months after birth, the infant in the household meets the young-child rule)',
          ),
          cmp(t('임신 중', 'pregnant'), fact('pregnancy'), '==', lit(true)),
        ),
        someMember(
          t(
            '중증질환·희귀질환·중증난치질환자 (본인일부부담금 산정특례)',
            'a member with a severe, rare or severe intractable disease (special copay registration)',
          ),
          cmp(
            t('산정특례 질환', 'special-copay disease'),
            fact('illness', 'kind'),
            'in',
            lit(['severe', 'rare', 'cancer'], t('중증·희귀·암', 'severe, rare or cancer')),
          ),
        ),
        singleParent,
        childHeaded,
        {
          type: 'count',
          label: t(
            '다자녀 세대 (부 또는 모와 그 19세 미만 자녀 2명 이상)',
            'multi-child household (a parent and two or more of their children under 19)',
          ),
          where: all(
            undefined,
            cmp(t('자녀', 'child of the head'), v('person.relation'), '==', lit('child', t('자녀', 'child'))),
            cmp(
              t('만 19세 미만', 'under 19'),
              v('person.age'),
              '<',
              param('energyVoucher.multiChildAgeLimit'),
            ),
          ),
          op: '>=',
          right: param('energyVoucher.multiChildMin'),
        },
      ),
    ),
    all(
      t('연탄전환 에너지바우처', 'briquette-conversion energy voucher'),
      judgement(
        t(
          '기존 연탄 사용 세대로 2026년 1월 이후 연탄 외 보일러로 난방시설 전환',
          'a household that used briquettes and replaced its heating with a non-briquette boiler from January 2026',
        ),
        t(
          '연탄 사용과 난방시설 전환 확인 (시군구 조사)',
          'briquette use and the heating conversion (local-government check)',
        ),
      ),
      any(
        t('연탄전환 기준 (어느 하나)', 'briquette-conversion group (any of)'),
        nblssRecipient,
        any(
          t(
            '차상위계층 (소득인정액이 기준 중위소득 50% 이하)',
            'near-poor (income-recognized amount at most 50% of the median)',
          ),
          someMember(
            t('차상위계층 확인 세대원', 'a member certified near-poor'),
            cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
          ),
          cmp(
            t(
              '세대 소득인정액이 기준 중위소득 50% 이하',
              'household income-recognized amount at most 50% of the median',
            ),
            v('household.incomeRecognized.nblss'),
            '<=',
            param('nblss.threshold.education', { by: 'household.size' }),
          ),
        ),
        senior,
        disabled,
        singleParent,
        childHeaded,
      ),
    ),
  ),
  benefit: {
    description: t(
      '에너지바우처: 하절기(7~9월) 전기요금, 동절기(10월~다음 해 5월) 전기·도시가스·지역난방·등유·연탄·LPG 구입에 쓰는 바우처를 세대원 수에 따라 4단계로 차등 지급 (국민행복카드 결제 또는 고지서 요금 자동차감). 연탄전환 에너지바우처: 동절기 전기·도시가스·등유·LPG 구입 바우처를 세대원 수와 관계없이 같은 금액으로 지급 (국민행복카드). 금액은 2026년 사업안내에서 정하며 복지로 상세 기록에는 없음',
      'Energy voucher: electricity in summer (July–September) and electricity, city gas, district heating, kerosene, briquettes or LPG in winter (October–May), in four tiers by household size (National Happiness Card or automatic bill deduction). Briquette-conversion voucher: electricity, city gas, kerosene or LPG in winter, the same for every household size. The amounts are set by the 2026 programme guide and are not stated in the Bokjiro record',
    ),
  },
  form: {
    schema: z.object({
      voucherKind: z.enum(['energyVoucher', 'briquetteConversion']).meta({
        label: t('신청 구분 (에너지바우처·연탄전환)', 'which voucher (energy or briquette conversion)'),
      }),
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
        label: t('에너지이용권 신청서', 'energy voucher application'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00001132', 'WLF00000102', 'WLF00003201', 'WLF00001089'],
  parameters,
  cases,
});
