import { AppError, type AppErrorOptions } from './app-error.js';

/** 503: a dependency (database, payment provider, mailer) is down; the client may retry later. */
export class ServiceUnavailable extends AppError {
  override name = 'ServiceUnavailable';
  constructor(message = 'Service Unavailable', options?: AppErrorOptions) {
    super(message, 503, options);
  }
}
