import { decodeBody } from './decode-response.js';

describe('decodeBody', () => {
  it('when the envelope is successful, then its responseData is the value', () => {
    const body = JSON.stringify({ httpStatus: 200, status: 'successful', responseData: [1, 2] });
    expect(decodeBody(200, body)).toEqual({ ok: true, value: [1, 2] });
  });

  it('when the envelope failed, then errorDetails is the message', () => {
    const body = JSON.stringify({
      httpStatus: 400,
      status: 'failed',
      errorDetails: 'No items to add',
    });
    expect(decodeBody(400, body)).toEqual({ ok: false, message: 'No items to add' });
  });

  it('when the envelope carries a code and field issues, then they are kept and odd entries dropped', () => {
    const body = JSON.stringify({
      httpStatus: 400,
      status: 'failed',
      errorDetails: 'Invalid request: email: must be a valid e-mail address',
      code: 'VALIDATION_FAILED',
      fields: [
        { path: 'email', code: 'invalid_email' },
        { path: 'password', code: 'too_short', limit: 8 },
        { path: 7, code: 'required' },
        'name',
      ],
    });
    expect(decodeBody(400, body)).toEqual({
      ok: false,
      message: 'Invalid request: email: must be a valid e-mail address',
      code: 'VALIDATION_FAILED',
      fields: [
        { path: 'email', code: 'invalid_email' },
        { path: 'password', code: 'too_short', limit: 8 },
      ],
    });
  });

  it('when errorDetails is an old raw object, then its message is used', () => {
    const body = JSON.stringify({
      httpStatus: 400,
      status: 'failed',
      errorDetails: { name: 'ValidationError', message: 'email is invalid' },
    });
    expect(decodeBody(400, body)).toEqual({ ok: false, message: 'email is invalid' });
  });

  it('when the body is raw JSON (login, isLoggedIn), then it is returned as is', () => {
    expect(decodeBody(200, 'true')).toEqual({ ok: true, value: true });
    expect(decodeBody(200, '{"email":"a@b.pt","name":"Ana"}')).toEqual({
      ok: true,
      value: { email: 'a@b.pt', name: 'Ana' },
    });
  });

  it('when the body is plain text, then success gives the text and failure uses it as message', () => {
    expect(decodeBody(200, 'logged out successfully')).toEqual({
      ok: true,
      value: 'logged out successfully',
    });
    expect(decodeBody(401, 'only for logged in users')).toEqual({
      ok: false,
      message: 'only for logged in users',
    });
  });

  it('when an error body is an HTML page, then a generic message names the status', () => {
    const result = decodeBody(404, '<!doctype html><h1>Not found</h1>');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('HTTP 404') });
  });
});
