import { MAX_CUSTOMIZATIONS, MAX_PRODUCT_IMAGES, MAX_STOCK } from '@aneis/contracts/constants';
import type { MessageKey } from '../i18n/i18n.js';
import type { CustomizationDraft, ProductDraft } from './product-draft.js';

/** Field path (e.g. `price`, `customizations.0.key`) → what is wrong with it. */
export type DraftProblems = Record<string, MessageKey>;

const AMOUNT = /^\d{1,8}(?:\.\d{1,2})?$/;
const WEIGHT = /^\d{1,7}(?:\.\d{1,3})?$/;
const WHOLE = /^\d{1,7}$/;
const CURRENCY = /^[A-Za-z]{3}$/;
const HEX = /^#(?:[0-9a-fA-F]{3}){1,2}$/;
/** A price difference as typed: may be negative, at most two decimals. */
const DELTA = /^-?\d{1,7}(?:\.\d{1,2})?$/;
/** The server's map-key rule (custom attributes, customization keys). */
const MAP_KEY = /^[\p{L}\p{N}][\p{L}\p{N} _'()&-]{0,59}$/u;

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Visible text of the description: an editor left with `<p></p>` is still empty. */
export function htmlHasText(html: string): boolean {
  return (
    html
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;/g, ' ')
      .trim() !== ''
  );
}

function customizationProblems(c: CustomizationDraft, path: string, problems: DraftProblems) {
  if (c.name.trim() === '') problems[`${path}.name`] = 'form.required';
  if (!MAP_KEY.test(c.key.trim())) problems[`${path}.key`] = 'catalogue.invalidKey';
  const count = c.options.length;
  if (c.type === 'Toggle' ? count !== 2 : count < 2) {
    problems[`${path}.options`] =
      c.type === 'Toggle' ? 'catalogue.toggleNeedsTwo' : 'catalogue.needsTwoOptions';
  } else if (c.options.some((o) => o.name.trim() === '')) {
    problems[`${path}.options`] = 'catalogue.optionNamesRequired';
  } else if (c.type === 'Colors' && c.options.some((o) => !HEX.test(o.hex))) {
    problems[`${path}.options`] = 'catalogue.invalidColour';
  } else if (
    c.options.some((o) => o.priceDelta.trim() !== '' && !DELTA.test(o.priceDelta.trim()))
  ) {
    problems[`${path}.options`] = 'catalogue.invalidPriceDelta';
  } else if (c.options.some((o) => !o.labelPt.trim() !== !o.labelEn.trim())) {
    problems[`${path}.options`] = 'catalogue.labelsInBoth';
  }
  if (!c.labelPt.trim() !== !c.labelEn.trim())
    problems[`${path}.labels`] = 'catalogue.labelsInBoth';
}

/** Each variant's stock is a whole number, and either every variant tracks stock or none does. */
function variantProblems(draft: ProductDraft, problems: DraftProblems) {
  draft.variants.forEach((row, index) => {
    const text = row.stock.trim();
    if (text !== '' && (!WHOLE.test(text) || Number(text) > MAX_STOCK)) {
      problems[`variants.${index}`] = 'form.invalidWhole';
    }
  });
  const tracked = draft.variants.filter((row) => row.stock.trim() !== '').length;
  if (tracked !== 0 && tracked !== draft.variants.length) {
    problems['variants'] = 'catalogue.variantStockAllOrNone';
  }
}

/** Checks the draft the way the server will, so mistakes show beside their field at once. */
export function validateProductDraft(draft: ProductDraft): DraftProblems {
  const problems: DraftProblems = {};
  const required = ['store', 'brand', 'name', 'sku', 'categoryId', 'tariffId'] as const;
  for (const field of required) {
    if (draft[field].trim() === '') problems[field] = 'form.required';
  }
  if (draft.itemUrl.trim() !== '' && !isHttpUrl(draft.itemUrl.trim())) {
    problems['itemUrl'] = 'form.invalidUrl';
  }
  if (!CURRENCY.test(draft.currency)) problems['currency'] = 'catalogue.invalidCurrency';
  if (!AMOUNT.test(draft.price.trim())) problems['price'] = 'form.invalidNumber';
  if (draft.markedPrice.trim() !== '' && !AMOUNT.test(draft.markedPrice.trim())) {
    problems['markedPrice'] = 'form.invalidNumber';
  }
  if (!WEIGHT.test(draft.weight.trim())) problems['weight'] = 'form.invalidNumber';
  const stockFields = draft.variants.length > 0 ? [] : (['stock'] as const);
  for (const field of [...stockFields, 'lowStockThreshold'] as const) {
    const text = draft[field].trim();
    if (text !== '' && (!WHOLE.test(text) || Number(text) > MAX_STOCK)) {
      problems[field] = 'form.invalidWhole';
    }
  }
  const untracked =
    draft.variants.length > 0
      ? draft.variants.some((row) => row.stock.trim() === '')
      : draft.stock.trim() === '';
  if (draft.lowStockThreshold.trim() !== '' && untracked) {
    problems['lowStockThreshold'] = 'catalogue.thresholdNeedsStock';
  }
  if (!htmlHasText(draft.detailsHtml)) problems['detailsHtml'] = 'form.required';
  if (draft.images.length > MAX_PRODUCT_IMAGES) problems['images'] = 'catalogue.tooManyImages';
  if (draft.featuredImages.length > MAX_PRODUCT_IMAGES) {
    problems['featuredImages'] = 'catalogue.tooManyImages';
  }

  if (draft.customizations.length > MAX_CUSTOMIZATIONS) {
    problems['customizations'] = 'catalogue.tooManyCustomizations';
  }
  const keys = new Set<string>();
  draft.customizations.forEach((c, index) => {
    customizationProblems(c, `customizations.${index}`, problems);
    if (keys.has(c.key.trim())) problems[`customizations.${index}.key`] = 'catalogue.duplicateKey';
    keys.add(c.key.trim());
  });

  variantProblems(draft, problems);

  const attributeKeys = new Set<string>();
  draft.attributes.forEach((a, index) => {
    const key = a.key.trim();
    if (!MAP_KEY.test(key)) problems[`attributes.${index}`] = 'catalogue.invalidKey';
    else if (attributeKeys.has(key)) problems[`attributes.${index}`] = 'catalogue.duplicateKey';
    else if (a.value.trim() === '')
      problems[`attributes.${index}`] = 'catalogue.attributeValueRequired';
    attributeKeys.add(key);
  });
  return problems;
}
