/**
 * The PostgreSQL role the API runs as (docs/security.md, "Database roles"): it may read and write
 * the working tables but may not UPDATE, DELETE or TRUNCATE the access log, its anchors, the
 * permission-change history or the alert workflow — on top of the triggers, which refuse those to
 * everyone but a superuser. Migrations and the retention purge run as the owner.
 */
export const appendOnlyTables = [
  'access_log',
  'access_log_anchors',
  'permission_changes',
  'security_alert_events',
];

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`not a plain role name: ${name}`);
  return name;
};

/** SQL that creates (or re-grants) the application role; run it as the owner after every migration. */
export function appRoleStatements(role: string, opts: { login?: boolean; password?: string } = {}): string[] {
  const r = ident(role);
  const login =
    opts.login === false
      ? 'NOLOGIN'
      : `LOGIN${opts.password ? ` PASSWORD '${opts.password.replaceAll("'", "''")}'` : ''}`;
  return [
    `DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${r}') THEN CREATE ROLE ${r} ${login}; END IF; END $$`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `REVOKE UPDATE, DELETE, TRUNCATE ON ${appendOnlyTables.join(', ')} FROM ${r}`,
    `REVOKE ALL ON TABLE drizzle.__drizzle_migrations FROM ${r}`,
  ];
}
