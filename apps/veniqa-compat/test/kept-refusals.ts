import type { JourneyWorld } from './support/journey-world.js';
import { VeniqaClient } from './support/veniqa-axios.js';

/**
 * Leniency towards Veniqa's clients must not open what our servers refuse on purpose: pages
 * from an origin nobody configured, bodies that are not JSON, a second account on one e-mail.
 */
export function keptRefusals(world: JourneyWorld): void {
  it('a page from an origin not in CORS_ORIGINS cannot change state (403)', async () => {
    const foreign = new VeniqaClient(world.servers().shoppingApi, 'http://evil.example');
    const reply = await foreign.send({
      method: 'POST',
      path: '/security/login',
      data: { email: 'x@example.com', password: 'whatever1', recaptcha: '' },
    });
    expect(reply.status).toBe(403);
  });

  it('a body that is not JSON is refused (415)', async () => {
    const reply = await fetch(`${world.servers().shoppingApi}/security/login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', origin: 'http://localhost:5201' },
      body: 'email=x@example.com',
    });
    expect(reply.status).toBe(415);
  });

  it('a second signup with the same e-mail is refused (409)', async () => {
    const client = world.shop();
    const data = {
      email: `twice-${Date.now()}@example.com`,
      password: 'secret12',
      phone: '9841000000',
      name: 'Twice',
      recaptcha: 'token',
    };
    const first = await client.send({ method: 'POST', path: '/security/signup', data });
    expect(first.status).toBeLessThan(300);
    const again = await client.send({ method: 'POST', path: '/security/signup', data });
    expect(again.status).toBe(409);
  });
}
