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

const catalogue: Source = {
  title: '복지로 국가보훈대상자학습보조비지급 (WLF00003216), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00003216&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「국가보훈대상자 학습보조비 지급」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [
  {
    id: 'veteransStudyAllowance.yearly',
    label: t('학습보조비 (연간, 학교급별)', 'yearly study allowance by school level'),
    unit: 'krw/year',
    versions: [
      {
        from: '2024-01-01',
        value: {
          type: 'byKey',
          values: {
            middle: 124000,
            highMin: 144000,
            highMax: 186000,
            university: 236000,
            specialMin: 534000,
            specialMax: 718000,
          },
        },
        sources: [booklet],
      },
    ],
  },
  {
    id: 'veteransStudyAllowance.childUniversityAgeLimit',
    label: t(
      '군경 자녀 대학 지급 연령 (만 나이 미만)',
      'age limit for university payments to children of soldiers and police (under)',
    ),
    unit: 'years',
    versions: [{ from: '2024-01-01', value: { type: 'scalar', value: 25 }, sources: [booklet] }],
  },
];

export default defineProgram({
  id: 'WLF00003216',
  version: '2026.1',
  name: t('국가보훈대상자학습보조비지급', 'Study allowance for veterans’ education-support beneficiaries'),
  ministry: '국가보훈부',
  bureau: '생활안정과',
  legalBasis: [],
  target: 'person',
  lifeCycle: [],
  situations: ['veteran'],
  provision: 'cash',
  cycle: 'semiannual',
  summary: t(
    '국가보훈 관계법령에 따른 교육지원대상자에 대해 학용품구입 등 교육에 필요한 부대비용 명목의 교육비를 지원합니다.',
    'Pays an education allowance for school supplies and other incidental study costs to education-support beneficiaries under veterans’ laws.',
  ),
  criteria: all(
    undefined,
    any(
      t(
        '국가보훈대상자 본인·가족이거나 그와 같이 사는 가구원',
        'registered veteran or family member, or living with one',
      ),
      cmp(
        t(
          '국가보훈대상자 등록 (본인 또는 유족·가족)',
          'registered with the veterans ministry (in person or as family)',
        ),
        fact('veteran'),
        '==',
        lit(true),
      ),
      someMember(
        t('가구에 국가보훈대상자', 'a registered veteran in the household'),
        cmp(
          t(
            '국가보훈대상자 등록 (본인 또는 유족·가족)',
            'registered with the veterans ministry (in person or as family)',
          ),
          fact('veteran'),
          '==',
          lit(true),
        ),
        { excludeSubject: true },
      ),
    ),
    any(
      t(
        '학교급 (본인·배우자는 대학까지, 자녀·손자녀는 중·고등학교까지)',
        'school level (up to university for the person and spouse; middle and high school for children and grandchildren)',
      ),
      cmp(
        t('중·고등학교 재학', 'middle- or high-school student'),
        fact('student', 'level'),
        'in',
        lit(['middle', 'high']),
      ),
      all(
        t(
          '대학 재학: 유공자 본인·배우자 또는 부모가 모두 사망한 25세 미만 군경 자녀',
          'university: the person of merit, the spouse, or a child under 25 of fallen or wounded soldiers or police whose parents have both died',
        ),
        cmp(t('대학 재학', 'university student'), fact('student', 'level'), 'in', lit(['university'])),
        any(
          t(
            '본인·배우자 또는 군경 자녀 특례',
            'the person, the spouse, or the special case for children of soldiers and police',
          ),
          cmp(
            t(
              '유공자 본인 (유족·가족이 아님)',
              'the person of merit in person (not a bereaved family member)',
            ),
            fact('veteran', 'isFamily'),
            '==',
            lit(false),
          ),
          judgement(
            t(
              '전몰·순직·사망 유공자의 배우자, 또는 부모가 모두 사망한 25세 미만 전상·공상·전몰·순직·재해부상·재해사망 군경의 자녀',
              'spouse of a fallen or deceased person of merit, or a child under 25 of wounded or fallen soldiers or police whose parents have both died',
            ),
            t(
              '유족 구분과 부모 사망 여부 (국가보훈부)',
              'the bereaved member’s type and whether both parents have died (veterans ministry)',
            ),
          ),
        ),
      ),
    ),
    judgement(
      t(
        '국가보훈 관계 법령에 따른 교육지원대상자 (유공자 본인, 전몰·순직·사망 유공자의 배우자, 자녀, 독립유공자의 손자녀)',
        'education-support beneficiary under veterans’ laws (the person of merit, the spouse of a fallen or deceased person of merit, children, and grandchildren of independence patriots)',
      ),
      t('교육지원대상자 등록 (국가보훈부)', 'education-support registration (veterans ministry)'),
    ),
  ),
  benefit: {
    description: t(
      '연간 학습보조비 (학기별 4월 15일·10월 15일 지급): 중학교 124,000원, 고등학교 144,000~186,000원, 대학교 236,000원, 특수학교 534,000~718,000원 (2024년 기준)',
      'A yearly study allowance paid per term (15 April and 15 October): middle school 124,000, high school 144,000–186,000, university 236,000, special school 534,000–718,000 (2024)',
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
      bankAccount: z
        .string()
        .regex(/^[0-9-]{8,20}$/)
        .meta({ label: t('입금 계좌', 'bank account for payment') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'veteranCertificate',
        label: t('국가유공자증 등 보훈대상자 확인 서류', 'veteran ID card or registration certificate'),
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
