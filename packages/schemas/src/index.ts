export * from './campaign.ts';
export * from './errors.ts';
export * from './phone.ts';
export * from './registration.ts';
