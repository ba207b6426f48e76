/** The superadmin every stack a test or benchmark drives seeds, and its shoppers' password. */
export const ADMIN = { email: 'owner@asenhoradosaneis.example', password: 'Anel-de-ouro-2026' };
export const PASSWORD = 'Cliente-fiel-2026';

/**
 * The environment of a stack a test or benchmark drives: its own folder and port, the seeded
 * superadmin, in-process sessions (the shared Redis stays out of it), limits no test reaches,
 * and no MONGODB_URI from the caller's shell, so the stack picks its own database.
 */
export function shopStackEnv(dataDir: string, edgePort: number): NodeJS.ProcessEnv {
  const { MONGODB_URI: _shared, ...inherited } = process.env;
  return {
    ...inherited,
    EDGE_PORT: String(edgePort),
    DATA_DIR: dataDir,
    SEED_ADMIN_EMAIL: ADMIN.email,
    SEED_ADMIN_PASSWORD: ADMIN.password,
    REDIS_URL: 'memory://',
    RATE_LIMIT_PER_MINUTE: '100000',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'warn',
  };
}
