import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';

/** The built admin app (apps/admin/dist), served at / beside the API when it exists. */
export const adminDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../admin/dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/**
 * Serves the admin app's files, and its index.html for any other GET outside /api, /docs and
 * the service endpoints (client-side routes). Does nothing when the app has not been built.
 */
export function mountAdmin(app: Hono<never>, dist = adminDist) {
  const index = join(dist, 'index.html');
  app.get('*', async (c, next) => {
    const path = c.req.path;
    if (
      path.startsWith('/api/') ||
      path.startsWith('/docs') ||
      ['/healthz', '/readyz', '/openapi.json', '/metrics'].includes(path)
    )
      return next();
    if (!existsSync(index)) return next();
    const file = normalize(join(dist, decodeURIComponent(path)));
    if (file.startsWith(dist) && extname(file) && existsSync(file)) {
      c.header('content-type', types[extname(file)] ?? 'application/octet-stream');
      if (path.startsWith('/assets/')) c.header('cache-control', 'public, max-age=31536000, immutable');
      return c.body(readFileSync(file));
    }
    return c.html(readFileSync(index, 'utf8'));
  });
}
