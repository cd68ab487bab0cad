export * from './access-log.js';
export * from './client.js';
export * from './evaluations.js';
export * from './households.js';
export * from './people.js';
export * from './pii.js';
export * from './records.js';
export * as schema from './schema.js';
export * from './users.js';
