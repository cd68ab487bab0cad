import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const record: Source = {
  title: '복지로 장제급여 (WLF00003267) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003267&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'funeralBenefit.amount',
    label: t('장제급여 (사망자 1구당)', 'funeral benefit per deceased person'),
    unit: 'krw',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 800000 }, sources: [record] }],
  },
  {
    id: 'funeralBenefit.righteousClaimYears',
    label: t(
      '의사자 장제급여 신청기간 (의사자 인정일부터)',
      'claim period for righteous persons (from recognition)',
    ),
    unit: 'years',
    versions: [{ from: '2026-01-01', value: { type: 'scalar', value: 3 }, sources: [record] }],
  },
];

/** The NBLSS benefits whose recipients' funerals are covered (생계·의료·주거급여). */
const COVERED = ['WLF00001132', 'WLF00000102', 'WLF00003201'];
const deceasedReceived = (id: string, ko: string, en: string) =>
  cmp(t(ko, en), fact('funeral', 'programs'), 'contains', lit(id));

export default defineProgram({
  id: 'WLF00003267',
  version: '2026.1',
  name: t('장제급여', 'NBLSS funeral benefit'),
  ministry: '보건복지부',
  bureau: '기초생활보장과',
  legalBasis: [t('국민기초생활 보장법 제14조', 'National Basic Living Security Act art. 14')],
  target: 'household',
  lifeCycle: [],
  situations: ['lowIncome'],
  provision: 'cash',
  cycle: 'asNeeded',
  summary: t(
    '수급자가 사망하였을 경우 사체의 검안, 운반, 화장 또는 매장 등의 기타 장례를 하는데 필요한 금품을 지원합니다.',
    'When a recipient dies, pays the money needed for the funeral: examination of the body, transport, cremation or burial.',
  ),
  criteria: any(
    t(
      '생계·의료·주거급여 수급자 또는 의사자의 사망',
      'death of a livelihood, medical or housing benefit recipient, or of a righteous person',
    ),
    someMember(
      t(
        '가구원이 생계·의료·주거급여 수급자였던 사망자의 장제를 행함',
        'a member holds the funeral of a livelihood, medical or housing benefit recipient',
      ),
      any(
        t(
          '사망자가 생계·의료·주거급여 수급자',
          'the deceased received the livelihood, medical or housing benefit',
        ),
        deceasedReceived(
          'WLF00001132',
          '사망자 생계급여 수급',
          'the deceased received the livelihood benefit',
        ),
        deceasedReceived('WLF00000102', '사망자 의료급여 수급', 'the deceased received medical aid'),
        deceasedReceived('WLF00003201', '사망자 주거급여 수급', 'the deceased received the housing benefit'),
      ),
    ),
    someMember(
      t(
        '가구원이 의사자의 장제를 행함 (의사상자법 제14조)',
        'a member holds the funeral of a righteous person (Righteous Persons Act art. 14)',
      ),
      all(
        t('의사자, 인정일로부터 3년 이내 신청', 'a righteous person, claimed within 3 years of recognition'),
        cmp(
          t('사망자가 의사자로 인정됨', 'the deceased is recognised as a righteous person'),
          fact('funeral', 'righteous'),
          '==',
          lit(true),
        ),
        judgement(
          t('의사자 인정일로부터 3년 이내 신청', 'claimed within 3 years of the recognition'),
          t(
            '의사자 인정일 (의사상자심사위원회)',
            'date of recognition (righteous-casualty review committee)',
          ),
        ),
      ),
    ),
  ),
  benefit: {
    description: t(
      '사체의 검안·운반·화장 또는 매장 등 장제조치에 필요한 금품으로 1구당 80만원을 장제를 행하는 사람에게 지급',
      '800,000 per deceased person, paid to whoever holds the funeral, for the examination, transport, cremation or burial',
    ),
    amount: (ctx) => {
      const perDeceased = ctx.param('funeralBenefit.amount');
      const deceased = ctx
        .members()
        .filter((m) => (m.fact('funeral', 'programs') as string[]).some((id) => COVERED.includes(id))).length;
      const amountKrw = perDeceased * deceased;
      return {
        amountKrw,
        lines: [
          { label: t('수급자 사망자 수', 'deceased recipients'), value: deceased },
          { label: t('1구당 장제급여', 'per deceased person'), value: perDeceased },
          { label: t('장제급여', 'funeral benefit'), value: amountKrw },
        ],
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
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [record],
  fidelity: 'statutory',
  parameters,
  cases,
});
