/**
 * Loads a development-only package (CongoDB, mongodb-memory-server). They are devDependencies:
 * production images do not have them, so they are only ever imported dynamically, and a
 * missing one becomes an error that says what to do instead of a bare "module not found".
 */
export async function loadDevModule<T>(
  packageName: string,
  importer: () => Promise<T>,
  purpose: string,
): Promise<T> {
  try {
    return await importer();
  } catch (error) {
    if (isModuleNotFound(error, packageName)) {
      throw new Error(
        `${packageName} is not installed, so ${purpose} is unavailable. It is a development ` +
          'dependency: install dev dependencies, or set MONGODB_URI to a real MongoDB server.',
        { cause: error },
      );
    }
    throw error;
  }
}

function isModuleNotFound(error: unknown, packageName: string): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  return (
    (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') &&
    error.message.includes(packageName)
  );
}
