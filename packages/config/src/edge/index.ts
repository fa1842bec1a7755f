export * from './cloudfront.ts';
export * from './elder-mode.ts';
export * from './http.ts';
export * from './viewer-request.ts';
export * from './not-found.ts';
