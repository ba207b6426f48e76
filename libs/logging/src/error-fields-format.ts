import { format, type Logform } from 'winston';
import { SPLAT } from './log-symbols.js';

/**
 * Winston passes errors along in several shapes depending on how they were logged. This brings
 * them all to one: the error under `err` (serialised later by redaction), its message as the
 * line's message when there was no other.
 *   logger.error(err)               → info is the Error itself
 *   logger.child(meta).error(err)   → a plain copy with message and stack (the name is lost)
 *   logger.log({ message: err })    → info.message is the Error
 *   logger.error('failed', err)     → the Error is in the splat, its stack copied onto info
 *   logger.error('failed', { err }) → already in shape
 */
export const errorFieldsFormat = format((info) => {
  if (info instanceof Error) {
    return { ...info, message: info.message, err: info };
  }
  if (info.message instanceof Error) {
    return { ...info, message: info.message.message, err: info.message };
  }
  if (info.err !== undefined) return info;
  const splatError = findSplatError(info);
  if (splatError !== undefined) {
    const { stack: _stack, cause: _cause, ...rest } = info;
    return { ...rest, err: splatError } as Logform.TransformableInfo;
  }
  if (typeof info.stack === 'string') {
    const { stack, cause, ...rest } = info;
    const err = { name: nameFromStack(stack), message: info.message, stack, cause };
    return { ...rest, err } as Logform.TransformableInfo;
  }
  return info;
});

function findSplatError(info: Logform.TransformableInfo): Error | undefined {
  const splat = info[SPLAT];
  if (!Array.isArray(splat)) return undefined;
  return splat.find((item): item is Error => item instanceof Error);
}

function nameFromStack(stack: string): string {
  return /^([\w$.]+)(?::|\n|$)/.exec(stack)?.[1] ?? 'Error';
}
