/**
 * `npm run db-app-role -- --role bokji_app` prints the SQL that creates the application's
 * PostgreSQL role without UPDATE/DELETE on the append-only tables; pipe it into psql as the owner:
 *   npm run -s db-app-role -- --role bokji_app | psql "$OWNER_DATABASE_URL"
 * (then set the password: `\password bokji_app`).
 */
import { appRoleStatements } from '../app-role.js';
import { arg } from './common.js';

console.log(`${appRoleStatements(arg('role') ?? 'bokji_app').join(';\n')};`);
