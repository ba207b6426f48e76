/** What the benches read of a product's details to order it as a shopper would. */
export interface OrderableProduct {
  customizationOptions?: {
    customizations: readonly {
      key: string;
      values?: readonly string[];
      required?: boolean;
    }[];
  };
  variants?: readonly { choices: Record<string, string>; stock?: number }[];
}

/**
 * The choices a shopper makes before adding a product: a variant still on sale (its size and
 * metal), then the first value of any other required option. The shop refuses a line without
 * them (no silent default), so a bench that skipped this would only measure refusals.
 */
export function choicesFor(product: OrderableProduct): Record<string, string> {
  const onSale = product.variants?.find(
    (variant) => variant.stock === undefined || variant.stock > 0,
  );
  const choices: Record<string, string> = { ...(onSale?.choices ?? {}) };
  for (const option of product.customizationOptions?.customizations ?? []) {
    const first = option.values?.[0];
    if (option.required === true && choices[option.key] === undefined && first !== undefined) {
      choices[option.key] = first;
    }
  }
  return choices;
}
