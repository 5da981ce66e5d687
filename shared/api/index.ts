/** The API contracts shared by the server and the web app: one import for every schema. */
export * from './admin';
export * from './audit';
export * from './auth';
export * from './catalog';
export * from './common';
export * from './errors';
export * from './health';
export * from './jobs';
export * from './roles';
export * from './route-contract';
export * from './routes';
export * from './scripts';
export * from './workspace';
