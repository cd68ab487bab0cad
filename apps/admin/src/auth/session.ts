import { useSyncExternalStore } from 'react';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: 'caseworker' | 'supervisor' | 'ministry' | 'agency' | 'auditor' | 'admin' | string;
  regionCode: string | null;
}

interface Stored {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'bokji.session';
const listeners = new Set<() => void>();
let current: Stored | null = read();
let purpose = '';

function read(): Stored | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Stored) : null;
    return parsed && parsed.expiresAt > new Date().toISOString() ? parsed : null;
  } catch {
    return null;
  }
}

function set(next: Stored | null) {
  current = next;
  if (next) sessionStorage.setItem(KEY, JSON.stringify(next));
  else sessionStorage.removeItem(KEY);
  for (const l of listeners) l();
}

/**
 * The login session, kept in sessionStorage (gone when the tab closes, never in a cookie), and the
 * purpose of the work at hand that every request sends as X-Bokji-Purpose for the access log.
 */
export const session = {
  token: () => current?.token ?? null,
  user: () => current?.user ?? null,
  start: (s: Stored) => set(s),
  end: () => set(null),
  /** A 401 from the API: the token expired or was revoked. */
  expire: () => {
    if (current) set(null);
  },
  purpose: () => purpose,
  setPurpose: (p: string) => {
    purpose = p;
  },
  subscribe: (l: () => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

export function useSessionUser(): SessionUser | null {
  return useSyncExternalStore(session.subscribe, session.user, session.user);
}

export const canWorkCases = (role: string | undefined) =>
  role === 'caseworker' || role === 'supervisor' || role === 'admin';
export const canDecide = (role: string | undefined) => role === 'supervisor' || role === 'admin';
export const canAudit = (role: string | undefined) => role === 'auditor' || role === 'admin';
