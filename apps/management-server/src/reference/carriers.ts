import type { Auditor, CarrierBody, DeleteResult, UpdateCarrierBody } from '@aneis/contracts';
import type { CarrierDoc } from '@aneis/data';
import { BadInput, Conflict, NotFound } from '@aneis/errors';
import type { Services } from '../services.js';
import { recordReferenceChange } from './record-reference-change.js';

type Deps = Pick<Services, 'shop' | 'audit' | 'shopCache'>;

/** Where shipments keep the carrier's code (Veniqa's `provider`). */
const SHIPMENT_PROVIDER_PATH = 'cart.items.order_line_level_processing_details.shipment.provider';

function carrierView(carrier: CarrierDoc) {
  return {
    code: carrier.code,
    name: carrier.name,
    ...(carrier.trackingUrlTemplate ? { trackingUrlTemplate: carrier.trackingUrlTemplate } : {}),
    active: carrier.active,
  };
}

/** In creation order: the seed puts the shop's usual carrier (CTT) first. */
export async function listCarriers(deps: Pick<Services, 'shop'>) {
  const carriers = await deps.shop.Carrier.find().sort({ _id: 1 }).lean();
  return carriers.map(carrierView);
}

export async function addCarrier(deps: Deps, actor: Auditor, body: CarrierBody) {
  // Checked in code: the embedded test engine does not enforce the unique index.
  if (await deps.shop.Carrier.exists({ code: body.code })) {
    throw new Conflict(`Carrier ${body.code} already exists`);
  }
  const { trackingUrlTemplate, ...fields } = body;
  const created = await deps.shop.Carrier.create({
    ...fields,
    ...(trackingUrlTemplate ? { trackingUrlTemplate } : {}),
  });
  const view = carrierView(created.toObject());
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'addCarrier',
    entityType: 'carrier',
    entityId: view.code,
    before: null,
    after: view,
  });
  return view;
}

export async function updateCarrier(deps: Deps, actor: Auditor, body: UpdateCarrierBody) {
  const carrier = await deps.shop.Carrier.findOne({ code: body.code });
  if (!carrier) throw new NotFound();
  const before = carrierView(carrier.toObject());
  if (body.name !== undefined) carrier.name = body.name;
  if (body.active !== undefined) carrier.active = body.active;
  if (body.trackingUrlTemplate === '') carrier.set('trackingUrlTemplate', undefined);
  else if (body.trackingUrlTemplate !== undefined) {
    carrier.trackingUrlTemplate = body.trackingUrlTemplate;
  }
  await carrier.save();
  const after = carrierView(carrier.toObject());
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'updateCarrier',
    entityType: 'carrier',
    entityId: after.code,
    before,
    after,
  });
  return after;
}

/** Only a carrier no order was shipped with: stored orders keep naming it. */
export async function deleteCarrier(
  deps: Deps,
  actor: Auditor,
  code: string,
): Promise<DeleteResult> {
  const carrier = await deps.shop.Carrier.findOne({ code }).lean();
  if (!carrier) throw new NotFound();
  if (await deps.shop.Order.exists({ [SHIPMENT_PROVIDER_PATH]: code })) {
    throw new Conflict('Orders were shipped with this carrier; deactivate it instead');
  }
  const { deletedCount } = await deps.shop.Carrier.deleteOne({ code });
  await recordReferenceChange(deps, 'referenceData', {
    actor,
    action: 'deleteCarrier',
    entityType: 'carrier',
    entityId: code,
    before: carrierView(carrier),
    after: null,
  });
  return { deletedCount };
}

/**
 * The code to store as a shipment's `provider`: `provider` names an active carrier (in any
 * case, as Veniqa's form sent it). Otherwise a 400 that names it and lists the choices.
 */
export async function activeCarrierCode(
  deps: Pick<Services, 'shop'>,
  provider: string,
): Promise<string> {
  const code = provider.trim().toUpperCase();
  const active = await deps.shop.Carrier.find({ active: true }).sort({ _id: 1 }).lean();
  if (active.some((carrier) => carrier.code === code)) return code;
  const choices =
    active.length === 0
      ? 'no carrier is active'
      : `active carriers: ${active.map((c) => c.code).join(', ')}`;
  throw new BadInput(`provider ${provider.trim()} is not an active carrier (${choices})`);
}
