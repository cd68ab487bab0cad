export * from './cases.js';
export * from './deps.js';
export * from './entitlements.js';
export * from './findings.js';
export * from './life-events.js';
export * from './notices.js';
export * from './schedule.js';
