export * from './client.js';
export * as schema from './schema.js';
export * from './pii.js';
export * from './access-log.js';
export * from './people.js';
export * from './households.js';
export * from './records.js';
export * from './evaluations.js';
export * from './users.js';
