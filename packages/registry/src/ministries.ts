/**
 * The ministries and agencies running central welfare services (2026 names), the workspace
 * package of each under `programs/`, and the old labels some catalogue rows still carry.
 */
export const ministries: Record<string, { slug: string; en: string }> = {
  보건복지부: { slug: 'mohw', en: 'Ministry of Health and Welfare' },
  고용노동부: { slug: 'moel', en: 'Ministry of Employment and Labor' },
  교육부: { slug: 'moe', en: 'Ministry of Education' },
  국가보훈부: { slug: 'mpva', en: 'Ministry of Patriots and Veterans Affairs' },
  성평등가족부: { slug: 'mogef', en: 'Ministry of Gender Equality and Family' },
  금융위원회: { slug: 'fsc', en: 'Financial Services Commission' },
  국토교통부: { slug: 'molit', en: 'Ministry of Land, Infrastructure and Transport' },
  통일부: { slug: 'mou', en: 'Ministry of Unification' },
  농림축산식품부: { slug: 'mafra', en: 'Ministry of Agriculture, Food and Rural Affairs' },
  중소벤처기업부: { slug: 'mss', en: 'Ministry of SMEs and Startups' },
  과학기술정보통신부: { slug: 'msit', en: 'Ministry of Science and ICT' },
  기후에너지환경부: { slug: 'mcee', en: 'Ministry of Climate, Energy and Environment' },
  법무부: { slug: 'moj', en: 'Ministry of Justice' },
  문화체육관광부: { slug: 'mcst', en: 'Ministry of Culture, Sports and Tourism' },
  해양수산부: { slug: 'mof', en: 'Ministry of Oceans and Fisheries' },
  질병관리청: { slug: 'kdca', en: 'Korea Disease Control and Prevention Agency' },
  산림청: { slug: 'kfs', en: 'Korea Forest Service' },
  행정안전부: { slug: 'mois', en: 'Ministry of the Interior and Safety' },
  방송통신위원회: { slug: 'kcc', en: 'Korea Communications Commission' },
  산업통상부: { slug: 'moti', en: 'Ministry of Trade and Industry' },
  병무청: { slug: 'mma', en: 'Military Manpower Administration' },
  재정경제부: { slug: 'mofe', en: 'Ministry of Finance and Economy' },
  대검찰청: { slug: 'spo', en: 'Supreme Prosecutors’ Office' },
  외교부: { slug: 'mofa', en: 'Ministry of Foreign Affairs' },
};

/** Labels renamed in the October 2025 government reorganisation. */
export const renamedMinistries: Record<string, string> = {
  환경부: '기후에너지환경부',
  산업통상자원부: '산업통상부',
  여성가족부: '성평등가족부',
  기획재정부: '재정경제부',
};

export function normaliseMinistry(label: string): string {
  return renamedMinistries[label] ?? label;
}
