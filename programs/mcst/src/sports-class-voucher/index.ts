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
  title: '복지로 스포츠강좌이용권 (WLF00000076) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00000076&wlfareInfoReldBztpCd=01',
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
  scalar('sportsVoucher.minAge', ['대상 연령 하한 (만, 이상)', 'minimum age'], 'years', 5),
  scalar('sportsVoucher.maxAge', ['대상 연령 상한 (만, 이하)', 'maximum age'], 'years', 18),
  scalar(
    'sportsVoucher.monthlyLimit',
    ['월 강좌비 지원 한도', 'monthly class-fee limit'],
    'krw/month',
    105_000,
    '수강료가 105,000원 이상이면 차액은 본인 부담',
  ),
  scalar('sportsVoucher.months', ['지원 기간', 'months of support'], 'months', 12),
  scalar(
    'sportsVoucher.priorityUsageMonths',
    ['선정 순위 구분 누적 이용기간 (개월)', 'cumulative use separating the priority ranks (months)'],
    'months',
    30,
    '신규 및 30개월 미만 1·2순위, 30개월 이상 3·4순위',
  ),
  scalar(
    'sportsVoucher.usageLookbackYears',
    ['누적 이용기간 산정 기간 (최근 년)', 'period over which use is counted (recent years)'],
    'years',
    4,
    '최근 4년간 누적 결제 횟수',
  ),
];

const recipient = (id: string, ko: string, en: string): Criterion =>
  cmp(t(ko, en), receives(id, t(ko, en)), '==', lit(true));

export default defineProgram({
  id: 'WLF00000076',
  version: '2026.1',
  name: t('스포츠강좌이용권', 'Sports class voucher'),
  ministry: '문화체육관광부',
  bureau: '체육진흥과',
  legalBasis: [t('국민체육진흥법', 'National Sports Promotion Act')],
  target: 'person',
  lifeCycle: ['infant', 'child', 'teen'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'voucher',
  cycle: 'monthly',
  summary: t(
    '기초생활수급 가구·차상위계층·법정 한부모 가구와 경찰청이 추천한 범죄피해가정의 만 5~18세 유·청소년에게 월 105,000원 범위에서 12개월 동안 스포츠강좌 수강료를 지원합니다.',
    'Children and young people aged 5–18 in NBLSS, near-poor or statutory single-parent households, or in crime-victim families recommended by the police, get up to 105,000 won a month for sports classes for 12 months.',
  ),
  criteria: all(
    undefined,
    cmp(t('만 5세 이상', 'aged 5 or over'), v('person.age'), '>=', param('sportsVoucher.minAge')),
    cmp(t('만 18세 이하', 'aged 18 or under'), v('person.age'), '<=', param('sportsVoucher.maxAge')),
    any(
      t('수급자격 (어느 하나)', 'qualifying status (any of)'),
      any(
        t(
          '기초생활수급 가구 (생계·의료·주거·교육급여)',
          'NBLSS household (livelihood, medical, housing or education)',
        ),
        recipient('WLF00001132', '생계급여 수급', 'livelihood benefit recipient'),
        recipient('WLF00000102', '의료급여 수급', 'medical benefit recipient'),
        recipient('WLF00003201', '주거급여 수급', 'housing benefit recipient'),
        recipient('WLF00001089', '교육급여 수급', 'education benefit recipient'),
      ),
      someMember(
        t(
          '차상위계층 (차상위 장애·자활·본인부담경감·확인서발급대상)',
          'near-poor (disability, self-sufficiency, copay reduction or certificate)',
        ),
        cmp(t('차상위계층 확인', 'certified near-poor'), fact('nearPoor'), '==', lit(true)),
      ),
      someMember(
        t('법정 한부모 지원 가구', 'statutory single-parent support household'),
        cmp(
          t('한부모가족 증명', 'single-parent family certificate'),
          fact('singleParentFamily'),
          '==',
          lit(true),
        ),
      ),
      all(
        t(
          '경찰청 추천 학교·가정·성폭력 등 범죄피해가정',
          'a crime-victim family (school, domestic or sexual violence) recommended by the police',
        ),
        someMember(
          t('범죄피해자 가구원', 'a crime victim in the household'),
          cmp(t('범죄피해자', 'crime victim'), fact('crimeVictim'), '==', lit(true)),
        ),
        judgement(
          t(
            '경찰청 추천 (지역별 배정인원 내 선정)',
            'police recommendation (within the regional allocation)',
          ),
          t('경찰청 추천서', 'the police recommendation'),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '월 105,000원 범위에서 12개월 스포츠강좌 수강료 지원 (수강료가 105,000원 이상이면 차액 본인 부담). 선정 순위: 범죄피해가정 우선, 이어 최근 4년 누적 이용 30개월 미만 기초생활수급자·차상위/한부모, 30개월 이상 기초생활수급자·차상위/한부모 순',
      'Up to 105,000 won a month for 12 months of sports classes (above that the family pays the difference). Priority: crime-victim families first, then NBLSS and near-poor/single-parent children with under 30 months of use in the last 4 years, then those with 30 months or more',
    ),
    amount: (ctx) => {
      const amountKrw = ctx.param('sportsVoucher.monthlyLimit');
      return {
        amountKrw,
        lines: [{ label: t('월 강좌비 지원 한도', 'monthly class-fee limit'), value: amountKrw }],
      };
    },
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
        label: t('스포츠강좌이용권 신청서', 'sports class voucher application'),
        required: true,
      },
      {
        id: 'policeRecommendation',
        label: t('경찰청 추천서 (범죄피해가정)', 'police recommendation (crime-victim families)'),
        required: false,
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
