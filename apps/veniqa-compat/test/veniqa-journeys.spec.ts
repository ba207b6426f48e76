import { managerJourney } from './manager-journey.js';
import { shopperJourney } from './shopper-journey.js';
import { keptRefusals } from './kept-refusals.js';
import { useJourneyWorld } from './support/journey-world.js';
import { reportReferenceTally } from './support/reference-steps.js';

/**
 * Veniqa's two original Vue 2 webclients against our two servers, replayed request by request
 * over HTTP (see veniqa-clients.md): first the shopper's journey, whose orders the manager then
 * confirms, fulfils, ships and delivers.
 */
const world = useJourneyWorld();
reportReferenceTally();

describe.sequential('Veniqa shopping webclient', () => shopperJourney(world));
describe.sequential('Veniqa management webclient', () => managerJourney(world));
describe.sequential('what stays refused for any client', () => keptRefusals(world));
