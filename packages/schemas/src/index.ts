export * from './campaign.ts';
export * from './errors.ts';
export * from './phone.ts';
export * from './registration.ts';
export * from './contest.ts';
export * from './isbn.ts';
export * from './quiz.ts';
export * from './windows.ts';
