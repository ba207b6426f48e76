export {
  createCredentialChecker,
  type CredentialChecker,
  type CredentialCheckerOptions,
} from './credential-checker.js';
export {
  DEFAULT_SUPER_ROLE,
  NOT_LOGGED_IN_TEXT,
  PERMISSION_DENIED_TEXT,
  requireLogin,
  requirePermission,
  type RequirePermissionOptions,
  type UserIdReader,
} from './guards.js';
export {
  createPasswordHasher,
  hashPassword,
  MIN_BCRYPT_COST,
  verifyPassword,
  type PasswordHasher,
  type PasswordHasherOptions,
} from './password-hashing.js';
export {
  PASSWORD_HASHING_BUSY_MESSAGE,
  PasswordHashingBusy,
  type PasswordAdmission,
  type PasswordPoolOptions,
} from './password-pool.js';
export {
  ACCOUNT_LOCKED_MESSAGE,
  createLoginThrottle,
  type LoginThrottle,
  type LoginThrottleOptions,
} from './login-throttle.js';
export type { EstablishedSessionData } from './session-data.js';
export { endSession, establishSession, type SessionLifecycleOptions } from './session-lifecycle.js';
export {
  createMemorySessionRegistry,
  type InProcessSessionStore,
  type MemorySessionRegistryOptions,
} from './memory-session-registry.js';
export {
  createSessionRegistry,
  revokeUserSessions,
  type SessionRegistry,
  type SessionRegistryOptions,
} from './session-registry.js';
export {
  sessionStoresFor,
  type SessionStores,
  type SessionStoresOptions,
} from './session-stores.js';
