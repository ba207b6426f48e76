import { readOutbox, type OutboxMail } from '@aneis/e2e-support';
import { setTimeout as delay } from 'node:timers/promises';

/**
 * The `n`th mail of a template to one address, waiting for it: servers send mail after
 * answering, so a resent link may land a moment after the request.
 */
export async function waitForNthMail(
  outboxDir: string,
  to: string,
  template: string,
  n: number,
  timeoutMs = 20_000,
): Promise<OutboxMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await readOutbox(outboxDir)).filter(
      (mail) => mail.to.toLowerCase() === to.toLowerCase() && mail.template === template,
    );
    const wanted = mails[n - 1];
    if (wanted) return wanted;
    if (Date.now() > deadline) throw new Error(`mail ${n} "${template}" to ${to} never came`);
    await delay(200);
  }
}

/** The 40-hex token a confirmation or reset mail carries, whatever the link's style. */
export function tokenIn(mail: Pick<OutboxMail, 'data'>): string {
  const token = /[0-9a-f]{40}/.exec(JSON.stringify(mail.data))?.[0];
  if (!token) throw new Error(`no token in ${JSON.stringify(mail.data)}`);
  return token;
}
