export * from './feeds.js';
export * from './seed-population.js';
