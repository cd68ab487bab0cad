export * from './load.js';
export * from './model.js';
export { addDays, detect } from './rules.js';
export * from './store.js';
