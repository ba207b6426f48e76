import type { RouteContract } from '@aneis/contracts';
import type { Response } from 'express';
import { sendSuccess } from '../envelope.js';

/** The handler's result in the contract's format: the envelope, raw JSON or plain text. */
export function sendResult(res: Response, contract: RouteContract, result: unknown): void {
  // A handler that wrote its own answer (a plain-text refusal) is done.
  if (res.headersSent) return;
  switch (contract.format) {
    case 'json':
      res.status(200).json(result);
      return;
    case 'text':
      res.status(200).type('text/plain').send(String(result));
      return;
    default:
      sendSuccess(res, result);
  }
}
