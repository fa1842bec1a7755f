import { APIError, ValidationError, type PayloadRequest } from 'payload';
import { describe, expect, it } from 'vitest';
import { keepErrorDetails } from './keepErrorDetails.ts';

const run = (error: Error) =>
  keepErrorDetails({ error, context: {}, req: {} as PayloadRequest, result: { errors: [{ message: error.message }] } as never });

describe('keepErrorDetails', () => {
  it('returns field errors with their Chinese messages, and makes them the message', () => {
    const error = new ValidationError({ collection: 'books', errors: [{ path: 'isbn', message: 'ISBN 校验位不正确' }] });
    expect(run(error)).toEqual({
      status: 400,
      response: { errors: [{ name: 'ValidationError', message: 'ISBN 校验位不正确', data: { collection: 'books', errors: [{ path: 'isbn', message: 'ISBN 校验位不正确' }] } }] },
    });
  });

  it('keeps the code of a public client error', () => {
    const error = new APIError('您没有发布权限，请提交审核', 403, { code: 'PUBLISH_FORBIDDEN' }, true);
    expect(run(error)).toMatchObject({ status: 403, response: { errors: [{ message: '您没有发布权限，请提交审核', data: { code: 'PUBLISH_FORBIDDEN' } }] } });
  });

  it('leaves server errors and private errors to Payload', () => {
    expect(run(new APIError('数据库连接失败', 500, { host: 'db' }, true))).toBeUndefined();
    expect(run(new APIError('内部细节', 400, { secret: 1 }, false))).toBeUndefined();
    expect(run(new Error('boom'))).toBeUndefined();
  });
});
