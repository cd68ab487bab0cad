export * from './batch.js';
export * from './bits.js';
export * from './columns.js';
export { type Conn, connOf } from './db/conn.js';
export * from './db/discover.js';
export * from './db/eligible.js';
export {
  cancelRun,
  createRun,
  explainHousehold,
  getRun,
  type RunInfo,
  rescreenPeople,
  runInProcess,
} from './db/runs.js';
export * from './engine.js';
export * from './env.js';
export { calcValue, evaluatePlan } from './evaluate.js';
export { batchOfSlice, ScreeningPool, sliceBatch, writeBitsAt } from './parallel.js';
export * from './plan.js';
export * from './service.js';
export { nativeVariables } from './variables.js';
