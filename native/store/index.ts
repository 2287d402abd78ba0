// The store's public surface: open a database, seed the starter library, and the types it returns.

export { openStore } from './open';
export { readStarterQuestions } from './starter';
export type { Store } from './store';
export * from '../../common/library';
