/** The KPI module's unchecked maths, for the public functions in `index.ts` and for tests. Not for islands. */
export * from './funnel';
export * from './calendar';
export * from './split';
export * from './pacing';
export * from './paste';
export * from './scenario';
