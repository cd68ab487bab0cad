import {
  all,
  any,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  receives,
  type Source,
  someMember,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const bokjiro: Source = {
  title: '복지로 초중고 교육비 지원사업(고교학비 지원) (WLF00001103) 2026 상세',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00001103&wlfareInfoReldBztpCd=01',
  status: 'official',
};

const SCHOOL_LEVELS = ['elementary', 'middle', 'high'];

const recipient = (programId: string, ko: string, en: string) =>
  cmp(t(ko, en), receives(programId, t(ko, en)), '==', lit(true));

export default defineProgram({
  id: 'WLF00001103',
  version: '2026.1',
  name: t('초중고 교육비 지원사업(고교학비 지원)', 'High-School Fee Support'),
  ministry: '교육부',
  bureau: '학생지원총괄과',
  legalBasis: [t('초ㆍ중등교육법', 'Elementary and Secondary Education Act')],
  target: 'person',
  lifeCycle: ['child', 'teen'],
  situations: ['lowIncome', 'singleParent'],
  provision: 'inKind',
  cycle: 'asNeeded',
  summary: t(
    '기초생활수급자·한부모가족보호대상자·법정 차상위 가구의 초·중·고등학생과, 소득인정액이 시도교육감이 정하는 기준에 해당하는 가구·학교장 추천·난민 학생에게 고등학교 입학금·수업료·학교운영지원비 면제, 방과후 이용권, PC·인터넷을 지원합니다 (시도교육청 예산 범위 내).',
    'Elementary, middle and high-school students of NBLSS-recipient, single-parent or near-poor households — and students meeting the provincial superintendent’s income criterion, recommended by their principal, or refugees — get high-school entrance fee, tuition and operating fees waived, an after-school voucher and a PC with internet (within the provincial budget).',
  ),
  criteria: all(
    undefined,
    cmp(
      t('초·중·고등학교 재학', 'enrolled in elementary, middle or high school'),
      fact('student', 'level'),
      'in',
      lit(SCHOOL_LEVELS, t('초등학교·중학교·고등학교', 'elementary / middle / high school')),
    ),
    any(
      t('교육비 지원 선정기준', 'selection criteria'),
      any(
        t(
          '저소득층 수급 자격 (학생 또는 가구원 1인 이상)',
          'low-income status (the student or any household member)',
        ),
        recipient('WLF00001132', '생계급여 수급', 'livelihood benefit recipient'),
        recipient('WLF00000102', '의료급여 수급', 'medical aid recipient'),
        recipient('WLF00003201', '주거급여 수급', 'housing benefit recipient'),
        recipient('WLF00001089', '교육급여 수급', 'education benefit recipient'),
        someMember(
          t('한부모가족보호대상자 (법정한부모)', 'protected single-parent family (statutory)'),
          cmp(
            t('한부모가족 증명', 'single-parent family certificate'),
            fact('singleParentFamily'),
            '==',
            lit(true),
          ),
        ),
        someMember(
          t('법정 차상위 대상자', 'statutory near-poor'),
          cmp(t('차상위계층 확인', 'certified near-poor (차상위)'), fact('nearPoor'), '==', lit(true)),
        ),
      ),
      judgement(
        t(
          '소득인정액이 시도교육감이 정하는 기준에 해당',
          'income-recognized amount within the criterion set by the provincial superintendent',
        ),
        t(
          '시도교육청의 소득인정액 기준과 가구 소득·재산 조사 결과',
          'the provincial education office’s income criterion and the household’s income and asset investigation',
        ),
      ),
      judgement(
        t(
          '학교장 추천 (학생복지심사위원회)',
          'recommended by the principal (student welfare review committee)',
        ),
        t(
          '소득·재산 조사 탈락 후 학생복지심사위원회를 거친 학교장 추천',
          'a principal’s recommendation through the student welfare review committee after failing the means test',
        ),
      ),
      judgement(
        t(
          '법무부장관이 추천하는 난민 인정자 또는 그 자녀',
          'a recognised refugee, or their child, recommended by the Minister of Justice',
        ),
        t('법무부장관의 추천', 'the Minister of Justice’s recommendation'),
      ),
    ),
    judgement(
      t(
        '지원 제외 사유 없음 (직장 학비보조, 타 부처·지자체·공공기관 학비지원, 다른 법령에 따른 학비 지원, 학비부담에 어려움이 없는 소득·재산)',
        'no exclusion (employer tuition aid, tuition support from another ministry, local government or public body or under another law, or means that make fees no hardship)',
      ),
      t(
        '보호자의 직장 학비보조·타 기관 학비지원 수혜 여부와 학생의 타 법령 학비 지원 여부',
        'whether the parents receive employer or other public tuition aid and whether the student’s fees are paid under another law',
      ),
    ),
  ),
  benefit: {
    description: t(
      '고등학교 입학금·수업료·학교운영지원비 납부 면제, 방과후 활동 이용권 지급, 교육정보화(PC·인터넷 설치) 지원. 시도교육청 여건에 따라 예산 범위 내에서 지원하며 지원 범위는 시도교육청별로 다름. 금액은 복지로 상세에 없음',
      'High-school entrance fee, tuition and school operating fees waived; an after-school activity voucher; a PC and internet connection. Within each provincial education office’s budget, and coverage varies by office. No amounts are stated in the Bokjiro record',
    ),
  },
  form: {
    schema: z.object({
      applicantRelation: z
        .enum(['parent', 'guardian', 'student'])
        .meta({ label: t('신청인 구분', 'who applies') }),
      schoolName: z
        .string()
        .min(1)
        .max(100)
        .meta({ label: t('재학 학교명', 'school name') }),
      otherTuitionSupport: z.boolean().meta({
        label: t(
          '직장·타 기관·타 법령에 따른 학비 지원 수혜 여부',
          'receives tuition support from an employer, another body or under another law',
        ),
      }),
      consentToDataLinkage: z
        .literal(true)
        .meta({ label: t('금융정보 등 제공 동의', 'consent to financial and other data linkage') }),
    }),
    evidence: [
      {
        id: 'application',
        label: t('사회보장급여 신청(변경)서', 'social security benefit application'),
        required: true,
      },
      {
        id: 'incomeAssetReport',
        label: t('소득·재산 신고서', 'income and asset declaration'),
        required: true,
      },
      {
        id: 'financialConsent',
        label: t('금융정보 등 제공 동의서', 'financial data consent form'),
        required: true,
      },
    ],
  },
  exclusions: [],
  reviewCycle: 'annual',
  effective: { from: '2026-01-01' },
  sources: [bokjiro],
  fidelity: 'statutory',
  dependsOn: ['WLF00000102', 'WLF00001089', 'WLF00001132', 'WLF00003201'],
  parameters: [],
  cases,
});
