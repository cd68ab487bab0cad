/**
 * API throughput (issue 5): the real server (`apps/api/src/main.ts`, PostgreSQL, 300 seeded
 * households) against a bare Hono handler returning constant JSON, measured in the same run with
 * autocannon at full speed (no rate cap) from the same number of connections:
 *
 *   - eligibility of a stored household: `POST /households/{id}/eligibility` for one program, as a
 *     caseworker — authentication, authorisation, the access-log append (hash-chained) before any
 *     personal data is read, the household snapshot from the database, the evaluation with its
 *     explanation, and the stored evaluation row;
 *   - a qualification look-up: `POST /hub/qualifications` as a ministry system;
 *   - the bare handler: `GET /` → `{"ok":true}`.
 *
 * Per-user rate limits are raised for this run (it measures capacity, not the policy the load
 * scenario checks); load shedding keeps its production defaults.
 *
 *   npm run bench:api -w @bokji/load     (BOKJI_BENCH_SECONDS, BOKJI_BENCH_CONNECTIONS)
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { freePort, log, root, startServer, waitReady } from './server.js';

const seconds = Number(process.env.BOKJI_BENCH_SECONDS ?? 20);
const connections = Number(process.env.BOKJI_BENCH_CONNECTIONS ?? 16);

interface Figure {
  name: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** CPU per request (ms) of the process answering, and of all PostgreSQL processes on the machine. */
  cpu?: { server: number; postgres: number };
}

/** CPU seconds (user + system) of the processes `match` selects, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(match: (pid: string, cmdline: string) => boolean): number | undefined {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        if (!match(pid, readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) continue;
        // Fields after the command name: utime and stime are the 12th and 13th.
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
        ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return undefined;
  }
  return ticks / 100; // USER_HZ
}
const cpuOf = (serverPid: number | undefined) => ({
  server: cpuSeconds((pid) => pid === String(serverPid)),
  postgres: cpuSeconds((_pid, cmd) => cmd.startsWith('postgres')),
});

async function measure(
  name: string,
  url: string,
  request: () => { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string },
  serverPid: number | undefined,
): Promise<Figure> {
  const before = cpuOf(serverPid);
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (req) => ({ ...req, ...request() }) as typeof req,
      },
    ],
  });
  const fig = {
    name,
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  } as Figure;
  const after = cpuOf(serverPid);
  if (before.server !== undefined && after.server !== undefined && fig.requests > 0)
    fig.cpu = {
      server: (1000 * (after.server - before.server)) / fig.requests,
      postgres: (1000 * ((after.postgres ?? 0) - (before.postgres ?? 0))) / fig.requests,
    };
  log(
    `${name}: ${fig.rps}/s, p50 ${fig.p50} ms, p99 ${fig.p99} ms, non-2xx ${fig.non2xx}, errors ${fig.errors}` +
      (fig.cpu
        ? `, CPU per request: server ${fig.cpu.server.toFixed(2)} ms, PostgreSQL ${fig.cpu.postgres.toFixed(2)} ms`
        : ''),
  );
  return fig;
}

// 1. The bare Hono handler, in its own process like the server.
const barePort = await freePort();
const bare = spawn(process.execPath, ['--import', 'tsx', 'tooling/load/src/bare-hono.ts'], {
  cwd: root,
  env: { ...process.env, PORT: String(barePort) },
  stdio: 'inherit',
});
process.on('exit', () => bare.kill('SIGKILL'));
await waitReady(`http://127.0.0.1:${barePort}/readyz`, bare, 'bare Hono');

// 2. The platform.
const server = await startServer({
  caseworkers: connections,
  env: { BOKJI_RATE_LIMIT_RPS: '100000', BOKJI_RATE_LIMIT_BURST: '100000' },
});
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
const { base, caseworkers, ministry, households } = server;
const eligibility = () => ({
  method: 'POST' as const,
  path: `/api/v1/households/${pick(households).id}/eligibility`,
  headers: {
    authorization: `Bearer ${pick(caseworkers)}`,
    'content-type': 'application/json',
    'idempotency-key': randomUUID(),
  },
  body: JSON.stringify({ programIds: ['WLF00001132'] }),
});
const qualification = () => ({
  method: 'POST' as const,
  path: '/api/v1/hub/qualifications',
  headers: { authorization: `Bearer ${ministry}`, 'content-type': 'application/json' },
  body: JSON.stringify({ personId: pick(pick(households).people), programIds: ['WLF00001132'] }),
});
// Warm both paths (JIT, pools), then measure side by side.
for (const make of [eligibility, qualification]) {
  const r = make();
  const res = await fetch(`${base}${r.path}`, { method: r.method, headers: r.headers, body: r.body });
  if (res.status >= 300) throw new Error(`${r.path}: ${res.status} ${await res.text()}`);
}
const figures: Figure[] = [];
figures.push(
  await measure(
    'bare Hono, constant JSON',
    `http://127.0.0.1:${barePort}`,
    () => ({
      method: 'GET',
      path: '/',
      headers: {},
    }),
    bare.pid,
  ),
);
figures.push(
  await measure(
    'eligibility of a stored household (1 program, stored, access-logged)',
    base,
    eligibility,
    server.pid,
  ),
);
figures.push(await measure('qualification look-up (hub, 1 program)', base, qualification, server.pid));
bare.kill('SIGTERM');
await server.stop();

const bareRps = figures[0]!.rps;
const table = [
  `| request (${connections} connections, ${seconds} s each) | throughput | p50 | p99 | non-2xx | errors | share of bare Hono | server CPU / request | PostgreSQL CPU / request |`,
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...figures.map(
    (f) =>
      `| ${f.name} | ${f.rps.toLocaleString('en')}/s | ${f.p50} ms | ${f.p99} ms | ${f.non2xx} | ${f.errors} | ${((100 * f.rps) / bareRps).toFixed(1)}% | ${f.cpu ? `${f.cpu.server.toFixed(2)} ms` : '—'} | ${f.cpu ? `${f.cpu.postgres.toFixed(2)} ms` : '—'} |`,
  ),
].join('\n');
console.log(`\n${table}\n`);
console.log(
  `machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(
      ' ',
    )}, ${server.database}, node ${process.version}; the server, PostgreSQL and autocannon share the cores`,
);
const failed = figures.some((f) => f.errors > 0 || f.non2xx > 0);
if (failed) log('PROBLEM: errors or non-2xx answers during the measurement');
process.exit(failed ? 1 : 0);
