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
 * A progress logger for long commands (seeding, ingestion, re-investigation): logs at most every
 * `everyMs` and always the last call.
 */
export function progressLogger(log: Logger, msg: string, everyMs = 2_000) {
  let last = 0;
  return (fields: Record<string, unknown>, done = false) => {
    const now = Date.now();
    if (done || now - last >= everyMs) {
      last = now;
      log.info({ ...fields, done }, msg);
    }
  };
}
