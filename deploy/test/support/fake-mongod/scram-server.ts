import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * The server side of SCRAM-SHA-256 (RFC 5802/7677) as mongod runs it: the client proves it
 * knows the password without sending it, and checks the server's signature in turn. A real
 * client (the driver inside mongosh) only logs in when every step is right, so a wrong
 * password is refused here exactly where mongod refuses it.
 */

const iterations = 15_000;

const hmac = (key: Buffer, text: string): Buffer => createHmac('sha256', key).update(text).digest();
const sha256 = (data: Buffer): Buffer => createHash('sha256').update(data).digest();

function attributes(message: string): Record<string, string> {
  return Object.fromEntries(
    message.split(',').map((part) => [part.slice(0, 1), part.slice(2)] as [string, string]),
  );
}

const unescapeName = (name: string): string => name.replaceAll('=2C', ',').replaceAll('=3D', '=');

export interface ScramStep {
  readonly payload: string;
  readonly done: boolean;
}

/** One login conversation; `password` looks the user up (undefined: no such user). */
export class ScramConversation {
  private clientFirstBare = '';
  private serverFirst = '';
  private saltedPassword: Buffer | undefined;
  private user = '';

  constructor(
    private readonly db: string,
    private readonly password: (user: string) => string | undefined,
  ) {}

  /** `db.user` of whoever is logging in. */
  get identity(): string {
    return `${this.db}.${this.user}`;
  }

  /** The client's first message; answers with the salt, iteration count and combined nonce. */
  start(clientFirst: string): ScramStep {
    this.clientFirstBare = clientFirst.replace(/^[^,]*,[^,]*,/, '');
    const { n = '', r = '' } = attributes(this.clientFirstBare);
    this.user = unescapeName(n);
    const salt = randomBytes(28);
    const password = this.password(this.user);
    // an unknown user gets a made-up salt: the proof then fails like a wrong password would
    this.saltedPassword = pbkdf2Sync(password ?? randomBytes(16), salt, iterations, 32, 'sha256');
    const nonce = r + randomBytes(24).toString('base64');
    this.serverFirst = `r=${nonce},s=${salt.toString('base64')},i=${iterations}`;
    return { payload: this.serverFirst, done: false };
  }

  /** The client's proof: the server's signature if it holds, undefined if the login fails. */
  finish(clientFinal: string): ScramStep | undefined {
    if (!this.saltedPassword) return undefined;
    const withoutProof = clientFinal.replace(/,p=[^,]*$/, '');
    const { p = '' } = attributes(clientFinal);
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`;
    const clientKey = hmac(this.saltedPassword, 'Client Key');
    const signature = hmac(sha256(clientKey), authMessage);
    const proof = Buffer.from(p, 'base64');
    if (proof.length !== signature.length) return undefined;
    const recovered = Buffer.from(proof.map((byte, i) => byte ^ (signature[i] ?? 0)));
    if (!timingSafeEqual(sha256(recovered), sha256(clientKey))) return undefined;
    const serverSignature = hmac(hmac(this.saltedPassword, 'Server Key'), authMessage);
    return { payload: `v=${serverSignature.toString('base64')}`, done: true };
  }
}
