/** Demo accounts, listed in the README. The password is for demos only. */
export const demoUsers = [
  {
    username: 'cw-jongno',
    displayName: '종로구 주무관 (caseworker)',
    role: 'caseworker',
    regionCode: '11110',
  },
  {
    username: 'cw-gangnam',
    displayName: '강남구 주무관 (caseworker)',
    role: 'caseworker',
    regionCode: '11680',
  },
  { username: 'sv-jongno', displayName: '종로구 팀장 (supervisor)', role: 'supervisor', regionCode: '11110' },
  {
    username: 'ministry-mohw',
    displayName: '보건복지부 시스템 (ministry client)',
    role: 'ministry',
    regionCode: null,
  },
  { username: 'auditor', displayName: '개인정보 감사관 (auditor)', role: 'auditor', regionCode: null },
  { username: 'admin', displayName: '시스템 관리자 (admin)', role: 'admin', regionCode: null },
] as const;
export const DEMO_PASSWORD = 'bokji-demo';
