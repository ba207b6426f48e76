import type { AddToCartBody, Cart, UpdateCartBody } from '@aneis/contracts';
import type { CustomerDoc, ShopModels, StoredCartLine } from '@aneis/data';
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

/** Reprices `lines`, stores the result on the customer (whole cart: no positional updates) and answers it. */
async function saveCart(
  deps: CartDeps,
  customer: CustomerDoc,
  lines: StoredCartLine[],
): Promise<Cart> {
  const products = await loadCartProducts(
    deps.models,
    lines.map((line) => line.product),
  );
  const cart = repriceCart(lines, products, deps.currency);
  await deps.models.Customer.updateOne({ _id: customer._id }, { $set: { cart } });
  return toCartView(cart, products);
}

/** The caller's cart, repriced and saved; a customer without one gets a fresh, unsaved cart. */
export async function getCart(deps: CartDeps, customer: CustomerDoc): Promise<Cart> {
  if (!customer.cart) return toCartView(emptyCart(deps.currency), new Map());
  return saveCart(deps, customer, customer.cart.items);
}

export async function addToCart(
  deps: CartDeps,
  customer: CustomerDoc,
  entries: AddToCartBody,
): Promise<Cart> {
  const products = await loadCartProducts(
    deps.models,
    entries.map((entry) => entry.product),
  );
  const lines = mergeIntoCart(customer.cart?.items ?? [], entries, products, deps.currency);
  return saveCart(deps, customer, lines);
}

/**
 * Updates counts and customizations of the caller's own lines, matched by line id and product
 * (Veniqa's rule); entries matching no line are ignored.
 */
export async function updateCart(
  deps: CartDeps,
  customer: CustomerDoc,
  body: UpdateCartBody,
): Promise<Cart> {
  const lines = customer.cart?.items ?? [];
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
    const customizations = validateCustomizations(
      product.name,
      product.customizationOptions?.customizations,
      entry.customizations,
    );
    const { customizations: _old, ...rest } = line;
    return { ...rest, counts: entry.counts, ...(customizations ? { customizations } : {}) };
  });
  return saveCart(deps, customer, updated);
}

/** Removes lines from the caller's own cart only (Veniqa searched every user's cart). */
export async function deleteFromCart(
  deps: CartDeps,
  customer: CustomerDoc,
  lineIds: readonly string[],
): Promise<Cart> {
  const remove = new Set(lineIds);
  const lines = (customer.cart?.items ?? []).filter((line) => !remove.has(String(line._id)));
  return saveCart(deps, customer, lines);
}
