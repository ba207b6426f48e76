export {
  AppError,
  isAppError,
  type AppErrorOptions,
  type FieldError,
  type SafeDetails,
} from './app-error.js';
export {
  BadInput,
  Conflict,
  Forbidden,
  Gone,
  MethodNotAllowed,
  NotAcceptable,
  NotFound,
  PayloadTooLarge,
  TooManyRequests,
  TransitionNotAllowed,
  Unauthorized,
  UnsupportedMediaType,
} from './client-errors.js';
export { ServiceUnavailable } from './server-errors.js';
