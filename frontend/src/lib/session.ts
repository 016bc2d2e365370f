// The signed-in session: kept in memory and mirrored to sessionStorage (so a reload in the same
// tab stays signed in, and closing the tab signs out). Components subscribe with useSession.
import { useSyncExternalStore } from 'react';

export type SessionAccount = {
  email: string;
  roles: string[];
  org?: { id: string; name: string } | null;
};

export type Session = {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  account: SessionAccount;
};

const KEY = 'concord.session';

let current: Session | null | undefined; // undefined: not yet read from sessionStorage
const listeners = new Set<() => void>();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    return typeof s?.accessToken === 'string' ? s : null;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  if (current === undefined) current = read();
  return current;
}

export function getAccessToken(): string | null {
  return getSession()?.accessToken ?? null;
}

export function setSession(s: Session | null): void {
  current = s;
  try {
    if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage unavailable (private mode): memory only
  }
  listeners.forEach((l) => l());
}

export function signOut(): void {
  setSession(null);
}

/** Forgets the in-memory copy; tests use it to start from a clean slate. */
export function resetSessionForTests(): void {
  current = undefined;
}

/** Calls l after every change of session (sign in, renewal, sign out); returns the unsubscribe. */
export function subscribeSession(l: () => void): () => void {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribeSession, getSession, getSession);
}
