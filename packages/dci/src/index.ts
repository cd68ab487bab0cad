export * from './access-log.js';
export * from './clients.js';
export * from './codes.js';
export * from './envelope.js';
export * from './fields.js';
export * from './keys.js';
export * from './query.js';
export { runSearch } from './search.js';
export {
  type Caller,
  type DciDeps,
  DciHttpError,
  type DciOptions,
  DciService,
  type Reply,
} from './service.js';
export * from './sql.js';
export * from './tokens.js';
