/**
 * The baseline of the API throughput benchmark: a bare Hono app on the same Node.js server
 * adapter as the platform (`@hono/node-server`), answering one route with constant JSON.
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.json({ ok: true, service: 'bare' }));
app.get('/readyz', (c) => c.json({ ready: true }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
