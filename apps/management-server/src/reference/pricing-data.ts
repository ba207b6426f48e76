import {
  moneyFromMinor,
  moneyToMinor,
  type Auditor,
  type CountryBody,
  type DeleteResult,
  type ExchangeRateBody,
  type ShippingMethodBody,
  type UpdateCountryBody,
  type UpdateShippingMethodBody,
} from '@aneis/contracts';
import type { CountryDoc, ExchangeRateDoc, ShippingMethodDoc } from '@aneis/data';
import { BadInput, Conflict, NotFound } from '@aneis/errors';
import type { Services } from '../services.js';
import { recordReferenceChange } from './record-reference-change.js';

type Deps = Pick<Services, 'shop' | 'audit' | 'shopCache'>;

function countryView(country: CountryDoc) {
  return {
    code: country.code,
    name: country.name,
    currency: country.currency,
    active: country.active,
  };
}

function shippingMethodView(method: ShippingMethodDoc) {
  return {
    _id: String(method._id),
    code: method.code,
    name: method.name,
    ...(method.summary === undefined ? {} : { summary: method.summary }),
    maximumDays: method.maximumDays,
    countries: [...method.countries],
    aliases: [...(method.aliases ?? [])],
    price: moneyFromMinor(method.price),
    active: method.active,
  };
}

function exchangeRateView(rate: ExchangeRateDoc) {
  return { _id: String(rate._id), currency: rate.currency, one_usd_equals: rate.one_usd_equals };
}

export async function listCountries(deps: Pick<Services, 'shop'>) {
  const countries = await deps.shop.Country.find().sort({ code: 1 }).lean();
  return countries.map(countryView);
}

export async function addCountry(deps: Deps, actor: Auditor, body: CountryBody) {
  if (await deps.shop.Country.exists({ code: body.code })) {
    throw new Conflict(`Country ${body.code} already exists`);
  }
  const view = countryView((await deps.shop.Country.create(body)).toObject());
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'addCountry',
    entityType: 'country',
    entityId: view.code,
    before: null,
    after: view,
  });
  return view;
}

export async function updateCountry(deps: Deps, actor: Auditor, body: UpdateCountryBody) {
  const country = await deps.shop.Country.findOne({ code: body.code });
  if (!country) throw new NotFound();
  const before = countryView(country.toObject());
  if (body.name !== undefined) country.name = body.name;
  if (body.currency !== undefined) country.currency = body.currency;
  if (body.active !== undefined) country.active = body.active;
  await country.save();
  const after = countryView(country.toObject());
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'updateCountry',
    entityType: 'country',
    entityId: after.code,
    before,
    after,
  });
  return after;
}

/** Only a country no shipping method serves and no saved address names. */
export async function deleteCountry(
  deps: Deps,
  actor: Auditor,
  code: string,
): Promise<DeleteResult> {
  const country = await deps.shop.Country.findOne({ code }).lean();
  if (!country) throw new NotFound();
  const [shipping, addresses] = await Promise.all([
    deps.shop.ShippingMethod.exists({ countries: code }),
    deps.shop.Customer.exists({ 'addresses.country': { $in: [code, country.name] } }),
  ]);
  if (shipping) throw new Conflict('Shipping methods still serve this country');
  if (addresses)
    throw new Conflict('Customer addresses still use this country; deactivate it instead');
  const { deletedCount } = await deps.shop.Country.deleteOne({ code });
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'deleteCountry',
    entityType: 'country',
    entityId: code,
    before: countryView(country),
    after: null,
  });
  return { deletedCount };
}

export async function listShippingMethods(deps: Pick<Services, 'shop'>) {
  const methods = await deps.shop.ShippingMethod.find().sort({ code: 1 }).lean();
  return methods.map(shippingMethodView);
}

export async function getShippingMethod(deps: Pick<Services, 'shop'>, id: string) {
  const method = await deps.shop.ShippingMethod.findById(id).lean();
  if (!method) throw new NotFound();
  return shippingMethodView(method);
}

async function assertCountriesKnown(deps: Deps, codes: readonly string[]) {
  if (codes.length === 0) return;
  const known = await deps.shop.Country.find({ code: { $in: [...codes] } }).lean();
  const missing = codes.filter((code) => !known.some((country) => country.code === code));
  if (missing.length > 0) throw new BadInput(`Unknown countries: ${missing.join(', ')}`);
}

async function assertShippingCodeFree(deps: Deps, code: string, exceptId?: string) {
  const clash = await deps.shop.ShippingMethod.exists({
    code,
    ...(exceptId === undefined ? {} : { _id: { $ne: exceptId } }),
  });
  if (clash) throw new Conflict(`Shipping method ${code} already exists`);
}

export async function addShippingMethod(deps: Deps, actor: Auditor, body: ShippingMethodBody) {
  await assertShippingCodeFree(deps, body.code);
  await assertCountriesKnown(deps, body.countries);
  const created = await deps.shop.ShippingMethod.create({
    ...body,
    price: moneyToMinor(body.price),
  });
  const view = shippingMethodView(created.toObject());
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'addShippingMethod',
    entityType: 'shippingMethod',
    entityId: view._id,
    before: null,
    after: view,
  });
  return view;
}

export async function updateShippingMethod(
  deps: Deps,
  actor: Auditor,
  body: UpdateShippingMethodBody,
) {
  const method = await deps.shop.ShippingMethod.findById(body._id);
  if (!method) throw new NotFound();
  const before = shippingMethodView(method.toObject());
  if (body.code !== undefined) await assertShippingCodeFree(deps, body.code, body._id);
  if (body.countries !== undefined) await assertCountriesKnown(deps, body.countries);
  const { _id: _ignored, price, ...fields } = body;
  method.set(Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)));
  if (price !== undefined) method.price = moneyToMinor(price);
  await method.save();
  const after = shippingMethodView(method.toObject());
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'updateShippingMethod',
    entityType: 'shippingMethod',
    entityId: after._id,
    before,
    after,
  });
  return after;
}

export async function deleteShippingMethod(
  deps: Deps,
  actor: Auditor,
  id: string,
): Promise<DeleteResult> {
  const method = await deps.shop.ShippingMethod.findById(id).lean();
  if (!method) throw new NotFound();
  const { deletedCount } = await deps.shop.ShippingMethod.deleteOne({ _id: id });
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'deleteShippingMethod',
    entityType: 'shippingMethod',
    entityId: id,
    before: shippingMethodView(method),
    after: null,
  });
  return { deletedCount };
}

export async function listExchangeRates(deps: Pick<Services, 'shop'>) {
  const rates = await deps.shop.ExchangeRate.find().sort({ currency: 1 }).lean();
  return rates.map(exchangeRateView);
}

/** Creates or replaces one currency's rate (found first: no unique index to lean on). */
export async function putExchangeRate(deps: Deps, actor: Auditor, body: ExchangeRateBody) {
  const existing = await deps.shop.ExchangeRate.findOne({ currency: body.currency });
  const before = existing ? exchangeRateView(existing.toObject()) : null;
  const saved = existing ?? new deps.shop.ExchangeRate({ currency: body.currency });
  saved.one_usd_equals = body.one_usd_equals;
  await saved.save();
  const after = exchangeRateView(saved.toObject());
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'putExchangeRate',
    entityType: 'exchangeRate',
    entityId: body.currency,
    before,
    after,
  });
  return after;
}

export async function deleteExchangeRate(
  deps: Deps,
  actor: Auditor,
  currency: string,
): Promise<DeleteResult> {
  const rate = await deps.shop.ExchangeRate.findOne({ currency }).lean();
  if (!rate) throw new NotFound();
  if (await deps.shop.Country.exists({ currency, active: { $ne: false } })) {
    throw new Conflict(`Active countries still pay in ${currency}`);
  }
  const { deletedCount } = await deps.shop.ExchangeRate.deleteOne({ currency });
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'deleteExchangeRate',
    entityType: 'exchangeRate',
    entityId: currency,
    before: exchangeRateView(rate),
    after: null,
  });
  return { deletedCount };
}
