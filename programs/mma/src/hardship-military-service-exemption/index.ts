import {
  all,
  cmp,
  defineProgram,
  fact,
  judgement,
  lit,
  type ParameterDefinition,
  type Source,
  t,
  z,
} from '@bokji/core';
import { cases } from './cases.js';

const catalogue: Source = {
  title: '복지로 생계유지곤란자 병역감면 (WLF00006255), 2026 중앙부처 복지서비스 목록',
  url: 'https://www.bokjiro.go.kr/ssis-tbu/twataa/wlfareInfo/moveTWAT52011M.do?wlfareInfoId=WLF00006255&wlfareInfoReldBztpCd=01',
  status: 'official',
};
const booklet: Source = {
  title: '2024 나에게 힘이 되는 복지서비스 「생계곤란 병역감면 제도」',
  status: 'official',
};

const parameters: ParameterDefinition[] = [];

export default defineProgram({
  id: 'WLF00006255',
  version: '2026.1',
  name: t('생계유지곤란자 병역감면', 'Military service exemption for livelihood hardship'),
  ministry: '병무청',
  bureau: '병역공개과',
  legalBasis: [],
  target: 'person',
  lifeCycle: ['youth'],
  situations: [],
  provision: 'reduction',
  cycle: 'once',
  summary: t(
    '본인이 아니면 가족의 생계를 유지할 수 없는 사람에 대하여 가족의 부양비, 재산액, 월수입액이 법령에서 규정된 기준에 모두 해당되는 경우 병역감면하는 제도입니다.',
    'Exempts from military service people without whom their family could not make a living, when the family’s support costs, assets and monthly income all meet the criteria set in law.',
  ),
  criteria: all(
    undefined,
    cmp(
      t('병역을 마치지 않음 (전역자 제외)', 'has not completed military service (not discharged)'),
      fact('military', 'status'),
      '!=',
      lit('discharged'),
    ),
    judgement(
      t(
        '현역병 입영통지·복무 중, 사회복무요원 소집 대상·복무 중, 또는 대체복무요원 소집통지·복무 중',
        'notified of or serving in active duty, social service or alternative service',
      ),
      t(
        '병역 처분과 입영·소집 상태 (병무청)',
        'military service disposition and call-up status (Military Manpower Administration)',
      ),
    ),
    judgement(
      t(
        '본인이 아니면 가족의 생계를 유지할 수 없고, 가족의 부양비·재산액·월수입액이 생계곤란 병역감면 기준에 모두 해당',
        'the family cannot make a living without the person, and its support costs, assets and monthly income all meet the hardship exemption criteria',
      ),
      t(
        '가족 부양비·재산·월수입 조사 (지방병무청)',
        'survey of the family’s support costs, assets and monthly income (regional military manpower office)',
      ),
    ),
  ),
  benefit: {
    description: t(
      '병역감면 처분(전시근로역); 대체복무요원은 소집면제 또는 소집해제',
      'Exemption from service (wartime labour service); alternative-service members are exempted or released',
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
