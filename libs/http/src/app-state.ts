import type { Express } from 'express';
import type { Logger } from 'winston';
import type { FastLane } from './fast-lane/create-fast-lane.js';

/** What the kit remembers about an app it built, between creation, finalization and shutdown. */
export interface AppState {
  logger: Logger;
  shuttingDown: boolean;
  finalized: boolean;
  /** Answers the app's declared JSON routes before Express sees them (see createFastLane). */
  fastLane?: FastLane;
}

// Kept off `app.locals`, which templates and route code can read and overwrite.
const states = new WeakMap<Express, AppState>();

export function registerAppState(app: Express, logger: Logger): AppState {
  const state: AppState = { logger, shuttingDown: false, finalized: false };
  states.set(app, state);
  return state;
}

export function appStateOf(app: Express): AppState {
  const state = states.get(app);
  if (!state) throw new Error('This Express app was not built by createHttpApp');
  return state;
}

/** From now on `/readyz` answers 503, so the load balancer stops sending new traffic. */
export function markNotReady(app: Express): void {
  appStateOf(app).shuttingDown = true;
}
