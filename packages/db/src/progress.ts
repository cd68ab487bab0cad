/**
 * Progress of long-running work (seeding, agency batch ingestion, re-investigation runs), for logs
 * and metrics. The packages report; the API (or a worker) listens. Events carry ids and counts
 * only — never personal data.
 */
export interface ProgressEvent {
  /** `seed`, `linkage.batch`, `reinvestigation`, … */
  kind: string;
  /** The batch or run id, when there is one. */
  id?: string;
  /** Units done so far (rows, entitlements, households). */
  done: number;
  total?: number;
  finished?: boolean;
  counts?: Record<string, number>;
}

type Listener = (event: ProgressEvent) => void;
const listeners = new Set<Listener>();

/** Subscribes to progress events; returns the unsubscribe function. */
export function onProgress(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function reportProgress(event: ProgressEvent): void {
  for (const l of listeners) {
    try {
      l(event);
    } catch {
      // A listener's failure never breaks the work it observes.
    }
  }
}
