const credentialsPattern = /^(mongodb(?:\+srv)?:\/\/)[^@/?#]*@/i;
const secretQueryKeys =
  /^(password|authMechanismProperties|tlsCertificateKeyFilePassword|proxyPassword)$/i;

/**
 * A MongoDB URI safe to print: user and password become `***`, and so do query values that can
 * carry secrets. String work rather than `URL`, because multi-host URIs (`a:1,b:2`) are not
 * valid WHATWG URLs.
 */
export function redactMongoUri(uri: string): string {
  const withoutCredentials = uri.replace(credentialsPattern, '$1***@');
  const queryStart = withoutCredentials.indexOf('?');
  if (queryStart === -1) return withoutCredentials;
  const base = withoutCredentials.slice(0, queryStart);
  const query = withoutCredentials
    .slice(queryStart + 1)
    .split('&')
    .map((pair) => {
      const [key] = pair.split('=', 1);
      return key !== undefined && secretQueryKeys.test(key) ? `${key}=***` : pair;
    })
    .join('&');
  return `${base}?${query}`;
}
