import type { ShopCaches } from '../catalog/catalog-cache.js';
import type { Clock } from '../clock.js';
import type { ShoppingDeps } from '../deps.js';
import type { ShopMail } from '../emails/shop-mail.js';

/** What route modules share: the injected deps plus what the app built from them. */
export interface ShopContext {
  deps: ShoppingDeps;
  caches: ShopCaches;
  mail: ShopMail;
  now: Clock;
}
