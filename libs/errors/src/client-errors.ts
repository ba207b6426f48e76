import { AppError, type AppErrorOptions } from './app-error.js';

// Default messages are the standard reason phrases: Veniqa's clients compare `errorDetails`
// against them (e.g. "Not Found", "Bad Request").

export class BadInput extends AppError {
  override name = 'BadInput';
  constructor(message = 'Bad Request', options?: AppErrorOptions) {
    super(message, 400, options);
  }
}

export class Unauthorized extends AppError {
  override name = 'Unauthorized';
  constructor(message = 'Unauthorized', options?: AppErrorOptions) {
    super(message, 401, options);
  }
}

export class Forbidden extends AppError {
  override name = 'Forbidden';
  constructor(message = 'Forbidden', options?: AppErrorOptions) {
    super(message, 403, options);
  }
}

export class NotFound extends AppError {
  override name = 'NotFound';
  constructor(message = 'Not Found', options?: AppErrorOptions) {
    super(message, 404, options);
  }
}

/** 405: the operation exists but is not allowed on the resource in its current state. */
export class MethodNotAllowed extends AppError {
  override name = 'MethodNotAllowed';
  constructor(message = 'Method Not Allowed', options?: AppErrorOptions) {
    super(message, 405, options);
  }
}

/** 405 for state-machine violations (an order or line cannot move from its status to the next). */
export class TransitionNotAllowed extends MethodNotAllowed {
  override name = 'TransitionNotAllowed';
  constructor(message = 'Transition Not Allowed', options: AppErrorOptions = {}) {
    super(message, { code: 'TRANSITION_NOT_ALLOWED', ...options });
  }
}

/** 406: Veniqa answers it when a checkout is missing or belongs to someone else. */
export class NotAcceptable extends AppError {
  override name = 'NotAcceptable';
  constructor(message = 'Not Acceptable', options?: AppErrorOptions) {
    super(message, 406, options);
  }
}

export class Conflict extends AppError {
  override name = 'Conflict';
  constructor(message = 'Conflict', options?: AppErrorOptions) {
    super(message, 409, options);
  }
}

export class Gone extends AppError {
  override name = 'Gone';
  constructor(message = 'Gone', options?: AppErrorOptions) {
    super(message, 410, options);
  }
}

export class PayloadTooLarge extends AppError {
  override name = 'PayloadTooLarge';
  constructor(message = 'Payload Too Large', options?: AppErrorOptions) {
    super(message, 413, options);
  }
}

/** 415: the body is of a type the route does not read (a form post to a JSON route). */
export class UnsupportedMediaType extends AppError {
  override name = 'UnsupportedMediaType';
  constructor(message = 'Unsupported Media Type', options?: AppErrorOptions) {
    super(message, 415, options);
  }
}

export class TooManyRequests extends AppError {
  override name = 'TooManyRequests';
  constructor(message = 'Too Many Requests', options?: AppErrorOptions) {
    super(message, 429, options);
  }
}
