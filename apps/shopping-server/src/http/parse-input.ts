/** The shared request parser (see @aneis/http), under the name this server's routes use. */
export { parseRequestPart as parseInput } from '@aneis/http';
