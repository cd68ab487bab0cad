export * from './agencies.js';
export * from './data-types.js';
export * from './hub.js';
export * from './ingest.js';
export * from './rescreen.js';
