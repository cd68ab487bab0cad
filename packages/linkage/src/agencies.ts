import type { Text } from '@bokji/core';

export interface Agency {
  code: string;
  name: Text;
  kind: 'ministry' | 'agency' | 'publicCorporation' | 'court' | 'financial' | 'localGovernment';
}

const a = (code: string, ko: string, en: string, kind: Agency['kind']): Agency => ({
  code,
  name: { ko, en },
  kind,
});

/** The bodies that deliver linked data (the original system linked 37 kinds of bodies). */
export const agencies: Agency[] = [
  a('NTS', '국세청', 'National Tax Service', 'agency'),
  a('NHIS', '국민건강보험공단', 'National Health Insurance Service', 'publicCorporation'),
  a('NPS', '국민연금공단', 'National Pension Service', 'publicCorporation'),
  a('GEPS', '공무원연금공단', 'Government Employees Pension Service', 'publicCorporation'),
  a('TP', '사립학교교직원연금공단', 'Teachers’ Pension', 'publicCorporation'),
  a('AFFMC', '국군재정관리단', 'Armed Forces Financial Management Corps (military pension)', 'agency'),
  a('PPO', '별정우체국연금관리단', 'Special Post Office Pension Management Corps', 'publicCorporation'),
  a('MOIS', '행정안전부', 'Ministry of the Interior and Safety (resident registration)', 'ministry'),
  a('COURT', '법원행정처', 'National Court Administration (family relations, real-estate registry)', 'court'),
  a(
    'MOLIT',
    '국토교통부',
    'Ministry of Land, Infrastructure and Transport (building and land registers)',
    'ministry',
  ),
  a(
    'TS',
    '한국교통안전공단',
    'Korea Transportation Safety Authority (vehicle registry)',
    'publicCorporation',
  ),
  a('KCIS', '한국신용정보원', 'Korea Credit Information Services', 'financial'),
  a('FIN', '금융회사 (금융정보 조회)', 'Financial institutions (financial information inquiry)', 'financial'),
  a('KFTC', '금융결제원', 'Korea Financial Telecommunications and Clearings Institute', 'financial'),
  a('MOEL', '고용노동부', 'Ministry of Employment and Labor (employment insurance)', 'ministry'),
  a('KEIS', '한국고용정보원', 'Korea Employment Information Service (Work24)', 'publicCorporation'),
  a('COMWEL', '근로복지공단', 'Korea Workers’ Compensation and Welfare Service', 'publicCorporation'),
  a('MPVA', '국가보훈부', 'Ministry of Patriots and Veterans Affairs', 'ministry'),
  a('MMA', '병무청', 'Military Manpower Administration', 'agency'),
  a('MOJ', '법무부', 'Ministry of Justice (immigration, corrections)', 'ministry'),
  a('SPO', '대검찰청', 'Supreme Prosecutors’ Office', 'agency'),
  a(
    'NAQS',
    '국립농산물품질관리원',
    'National Agricultural Products Quality Management Service (farm registry)',
    'agency',
  ),
  a('MOF', '해양수산부', 'Ministry of Oceans and Fisheries (fishers)', 'ministry'),
  a('MOU', '통일부', 'Ministry of Unification', 'ministry'),
  a('MOE', '교육부', 'Ministry of Education (NEIS, childcare)', 'ministry'),
  a('KOSAF', '한국장학재단', 'Korea Student Aid Foundation', 'publicCorporation'),
  a('LH', '한국토지주택공사', 'Korea Land and Housing Corporation', 'publicCorporation'),
  a('HUG', '주택도시보증공사', 'Korea Housing and Urban Guarantee Corporation', 'publicCorporation'),
  a('HF', '한국주택금융공사', 'Korea Housing Finance Corporation', 'publicCorporation'),
  a('KEPCO', '한국전력공사', 'Korea Electric Power Corporation', 'publicCorporation'),
  a('KWATER', '한국수자원공사', 'Korea Water Resources Corporation', 'publicCorporation'),
  a('MOGEF', '성평등가족부', 'Ministry of Gender Equality and Family', 'ministry'),
  a('MOHW', '보건복지부', 'Ministry of Health and Welfare (disability registry, facilities)', 'ministry'),
  a(
    'SSIS',
    '한국사회보장정보원',
    'Korea Social Security Information Service (benefit history)',
    'publicCorporation',
  ),
  a('KDCA', '질병관리청', 'Korea Disease Control and Prevention Agency', 'agency'),
  a('SEMAS', '소상공인시장진흥공단', 'Small Enterprise and Market Service', 'publicCorporation'),
  a('KRC', '한국농어촌공사', 'Korea Rural Community Corporation', 'publicCorporation'),
  a(
    'KEAD',
    '한국장애인고용공단',
    'Korea Employment Agency for Persons with Disabilities',
    'publicCorporation',
  ),
  a('LOCAL', '시군구 (조사)', 'Local governments (investigation)', 'localGovernment'),
];

export const agencyByCode = new Map(agencies.map((x) => [x.code, x]));
