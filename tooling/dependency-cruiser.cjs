/**
 * Architecture rules (see docs/architecture.md): dependencies point one way
 * (programs → core; db → core; apps/api → core, db, registry; nothing imports apps/),
 * no cycles, and a program imports nothing but @bokji/core.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Runtime import cycles; a cycle made only of type imports is harmless and allowed.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'programs-only-core',
      comment: 'A program plug-in may import @bokji/core and its own files only.',
      severity: 'error',
      from: { path: '^programs/' },
      to: {
        pathNot: ['^programs/([^/]+)/', '^packages/core/', 'node_modules/(zod|@bokji/core)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'core-depends-on-nothing',
      severity: 'error',
      from: { path: '^packages/core/src/' },
      to: {
        pathNot: ['^packages/core/', 'node_modules/(zod|fast-check|vitest)', '^node:'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'nothing-imports-apps',
      severity: 'error',
      from: { pathNot: '^apps/' },
      to: { path: '^apps/' },
    },
    {
      name: 'db-not-programs',
      severity: 'error',
      from: { path: '^packages/db/' },
      to: { path: ['^programs/', '^packages/registry/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'dist', '\\.turbo'] },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    preserveSymlinks: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
