import type { AddToCartBody, Cart, UpdateCartBody } from '@aneis/contracts';
import type { ShopModels, StoredCartLine } from '@aneis/data';
import type { CartHolder } from './cart-holder.js';
import { loadCartProducts } from './cart-products.js';
import { toCartView } from './cart-view.js';
import { mergeIntoCart } from './merge-cart.js';
import { emptyCart, repriceCart } from './reprice-cart.js';
import { validateCustomizations } from './validate-customizations.js';

export interface CartDeps {
  models: ShopModels;
  /** The shop's base currency: carts are priced in it. */
  currency: string;
}

/**
 * Reprices `lines`, stores the result in its holder (whole cart: no positional updates) and
 * answers it.
 */
async function saveCart(
  deps: CartDeps,
  holder: CartHolder,
  lines: StoredCartLine[],
): Promise<Cart> {
  const products = await loadCartProducts(
    deps.models,
    lines.map((line) => line.product),
  );
  const cart = repriceCart(lines, products, deps.currency);
  await holder.save(cart);
  return toCartView(cart, products);
}

/** The caller's cart, repriced and saved; a caller without one gets a fresh, unsaved cart. */
export async function getCart(deps: CartDeps, holder: CartHolder): Promise<Cart> {
  if (!holder.exists) return toCartView(emptyCart(deps.currency), new Map());
  return saveCart(deps, holder, [...holder.lines]);
}

export async function addToCart(
  deps: CartDeps,
  holder: CartHolder,
  entries: AddToCartBody,
): Promise<Cart> {
  const products = await loadCartProducts(
    deps.models,
    entries.map((entry) => entry.product),
  );
  const lines = mergeIntoCart(holder.lines, entries, products, deps.currency);
  return saveCart(deps, holder, lines);
}

/**
 * Updates counts and customizations of the caller's own lines, matched by line id and product
 * (Veniqa's rule); entries matching no line are ignored.
 */
export async function updateCart(
  deps: CartDeps,
  holder: CartHolder,
  body: UpdateCartBody,
): Promise<Cart> {
  const lines = holder.lines;
  const products = await loadCartProducts(
    deps.models,
    lines.map((line) => line.product),
  );
  const updated = lines.map((line) => {
    const entry = body.cartItems.find(
      (item) => item._id === String(line._id) && item.product === String(line.product),
    );
    const product = products.get(String(line.product));
    if (!entry || !product) return line;
    const customizations = validateCustomizations(product, entry.customizations);
    const { customizations: _old, ...rest } = line;
    return { ...rest, counts: entry.counts, ...(customizations ? { customizations } : {}) };
  });
  return saveCart(deps, holder, updated);
}

/** Removes lines from the caller's own cart only (Veniqa searched every user's cart). */
export async function deleteFromCart(
  deps: CartDeps,
  holder: CartHolder,
  lineIds: readonly string[],
): Promise<Cart> {
  const remove = new Set(lineIds);
  const lines = holder.lines.filter((line) => !remove.has(String(line._id)));
  return saveCart(deps, holder, lines);
}
