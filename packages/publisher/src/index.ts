export * from './sites.ts';
export * from './releases.ts';
