import { onProgress } from '@bokji/db';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The structured JSON logger. Log lines carry request ids, route templates (never the URL with its
 * query), statuses, durations and user ids — never request or response bodies, tokens, names or
 * resident registration numbers. The redaction list is a second line of defence, not the first.
 */
export function createLogger(
  opts: { level?: string; destination?: DestinationStream; name?: string } = {},
): Logger {
  const level = opts.level ?? process.env.BOKJI_LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info');
  return pino(
    {
      level,
      name: opts.name ?? 'bokji',
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: {
        paths: [
          'authorization',
          'password',
          'token',
          'rrn',
          'body',
          '*.authorization',
          '*.password',
          '*.token',
          '*.rrn',
          '*.body',
          'headers.authorization',
          'headers.cookie',
        ],
        censor: '[redacted]',
      },
    },
    opts.destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

/**
 * Progress logs of long commands (seeding, agency batch ingestion, re-investigation runs): the
 * first event of each job, then at most one every `everyMs`, and the last. Ids and counts only.
 * Returns the unsubscribe function.
 */
export function logProgress(log: Logger, everyMs = 2_000): () => void {
  const last = new Map<string, number>();
  return onProgress((e) => {
    const key = `${e.kind}:${e.id ?? ''}`;
    const now = Date.now();
    const prev = last.get(key);
    if (e.finished || prev === undefined || now - prev >= everyMs) {
      log.info(
        {
          job: e.kind,
          ...(e.id ? { id: e.id } : {}),
          done: e.done,
          ...(e.total !== undefined ? { total: e.total } : {}),
          ...(e.counts ? { counts: e.counts } : {}),
          finished: Boolean(e.finished),
        },
        'progress',
      );
      last.set(key, now);
    }
    if (e.finished) last.delete(key);
  });
}
