import type { Role } from '@bokji/db';

interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  organization?: string;
  purposes?: { purpose: string; programIds?: string[] }[];
}

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
    organization: '보건복지부',
    purposes: [{ purpose: 'qualification' }, { purpose: 'history' }, { purpose: 'enrolment' }],
  },
  {
    username: 'ministry-molit',
    displayName: '국토교통부 시스템 (ministry client)',
    role: 'ministry',
    regionCode: null,
    organization: '국토교통부',
    purposes: [{ purpose: 'qualification', programIds: ['WLF00003201', 'WLF00004661'] }],
  },
  {
    username: 'agency-nts',
    displayName: '국세청 연계 (agency client)',
    role: 'agency',
    regionCode: null,
    organization: 'NTS',
  },
  {
    username: 'agency-nhis',
    displayName: '국민건강보험공단 연계 (agency client)',
    role: 'agency',
    regionCode: null,
    organization: 'NHIS',
  },
  { username: 'auditor', displayName: '개인정보 감사관 (auditor)', role: 'auditor', regionCode: null },
  {
    username: 'privacy-officer',
    displayName: '개인정보 보호책임자 (privacy officer)',
    role: 'privacyOfficer',
    regionCode: null,
  },
  { username: 'admin', displayName: '시스템 관리자 (admin)', role: 'admin', regionCode: null },
] as const satisfies readonly DemoUser[];
export const DEMO_PASSWORD = 'bokji-demo';
