/** The KPI calculator's module: funnel, calendar, split, pacing, pasted actuals and the whole plan. */
export * from './funnel';
export * from './calendar';
export * from './split';
export * from './pacing';
export * from './paste';
export * from './scenario';
