/** The cookies one client keeps between its calls, as a browser does for one site. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Takes in a response's Set-Cookie lines. */
  remember(setCookies: readonly string[] | undefined): void {
    for (const line of setCookies ?? []) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      // An emptied or expired cookie is how a server logs a session out.
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** The Cookie header to send; undefined while the jar is empty. */
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}
