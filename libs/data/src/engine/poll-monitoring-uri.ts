/**
 * Adds `serverMonitoringMode=poll` to a URI unless it already sets a monitoring mode. The
 * option travels inside the URI so that processes which only receive a `MONGODB_URI` (the
 * servers of the local run) still talk to CongoDB the way it needs.
 */
export function withPollMonitoring(uri: string): string {
  if (/[?&]serverMonitoringMode=/i.test(uri)) return uri;
  const [beforeQuery, query] = splitOnce(uri, '?');
  const base = hasPath(beforeQuery) ? beforeQuery : `${beforeQuery}/`;
  return query === undefined || query === ''
    ? `${base}?serverMonitoringMode=poll`
    : `${base}?${query}&serverMonitoringMode=poll`;
}

/** Puts `dbName` in the URI's path, keeping hosts, credentials and query as they are. */
export function withDatabaseName(uri: string, dbName: string): string {
  const [beforeQuery, query] = splitOnce(uri, '?');
  const schemeEnd = beforeQuery.indexOf('://') + 3;
  const pathStart = beforeQuery.indexOf('/', schemeEnd);
  const hosts = pathStart === -1 ? beforeQuery : beforeQuery.slice(0, pathStart);
  return `${hosts}/${encodeURIComponent(dbName)}${query === undefined ? '' : `?${query}`}`;
}

function hasPath(beforeQuery: string): boolean {
  return beforeQuery.indexOf('/', beforeQuery.indexOf('://') + 3) !== -1;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  return index === -1 ? [text, undefined] : [text.slice(0, index), text.slice(index + 1)];
}
