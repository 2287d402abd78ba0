// The progress statistics, for the renderer and native alike.
export * from './descriptive';
export * from './xmr';
export * from './trend';
export * from './series';
export * from './calibration';
export * from './sessions';
export * from './usual-range';
