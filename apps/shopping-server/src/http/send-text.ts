import type { Response } from 'express';

/** Veniqa's plain-text bodies (login failures, logout). */
export function sendText(res: Response, status: number, text: string): void {
  res.status(status).type('text/plain').send(text);
}
