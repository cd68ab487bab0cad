import type { Finding } from '../../api/types';

export type ResolveAction = 'terminate' | 'suspend' | 'changeAmount' | 'openApplication' | 'dismiss';

/** What a finding can be confirmed into; terminate, suspend and change amount are a supervisor's decisions. */
export function actionsFor(kind: Finding['kind'], role: string | undefined): ResolveAction[] {
  const decides = role === 'supervisor';
  const confirm: ResolveAction[] =
    kind === 'noLongerEligible' || kind === 'duplicate'
      ? decides
        ? ['terminate', 'suspend']
        : []
      : kind === 'amountChanged'
        ? decides
          ? ['changeAmount']
          : []
        : ['openApplication'];
  return [...confirm, 'dismiss'];
}

/** Findings that can be worked together: same kind, same program, same change of amount. */
export function identityOf(f: Finding): string {
  return [f.kind, f.programId, f.detail.previousAmountKrw ?? '', f.detail.newAmountKrw ?? ''].join('|');
}
