import { OpenAPIHono } from '@hono/zod-openapi';
import type { Env } from '../../context.js';
import { dciAdminRoutes } from './admin.js';
import { dciFor } from './context.js';
import { oauthRoutes } from './oauth.js';
import { registryRoutes } from './registry.js';

export { configureDci, dciFor, stopDci } from './context.js';

/**
 * DCI interoperability (docs/dci.md), mounted at the origin root by one line in app.ts:
 * - /api/v1/dci/social/registry/…  Social Registry (search, txn status, subscribe, unsubscribe)
 * - /api/v1/dci/ibr/registry/…     IBR (the same, plus sync/enrolled)
 * - /api/v1/dci/oauth2/client/token, /api/v1/dci/.well-known/jwks.json   client credentials, keys
 * - /api/v1/dci/clients, /api/v1/dci/notifications/run                   administration
 * - /.well-known/jwks.json                                                the keys at the origin root (RFC 8615)
 * The API base /api/v1 is kept so that DCI shares the OpenAPI document, the route inventory and
 * the request id of the rest of the API; each DCI spec's paths sit under its own base.
 */
const api = new OpenAPIHono<Env>()
  .route('/dci/social', registryRoutes('social', '/dci/social'))
  .route('/dci/ibr', registryRoutes('ibr', '/dci/ibr'))
  .route('/dci', oauthRoutes('/dci'))
  .route('/', dciAdminRoutes);

api.openAPIRegistry.registerComponent('securitySchemes', 'dciBearer', {
  type: 'http',
  scheme: 'bearer',
  bearerFormat: 'JWT',
  description: 'DCI client token from POST /api/v1/dci/oauth2/client/token (client credentials)',
});

export const dciRoutes = new OpenAPIHono<Env>().route('/api/v1', api);

dciRoutes.get('/.well-known/jwks.json', (c) => {
  c.header('cache-control', 'public, max-age=300');
  return c.json(dciFor(c.get('deps')).jwks(), 200);
});
