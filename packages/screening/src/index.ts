export * from './batch.js';
export * from './bits.js';
export * from './columns.js';
export * from './engine.js';
export * from './env.js';
export { calcValue, evaluatePlan } from './evaluate.js';
export { batchOfSlice, ScreeningPool, sliceBatch, writeBitsAt } from './parallel.js';
export * from './plan.js';
export { nativeVariables } from './variables.js';
