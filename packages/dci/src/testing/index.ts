export * from './contract.js';
export * from './examples.js';
