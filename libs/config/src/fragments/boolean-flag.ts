import { z } from 'zod';

const TRUE_WORDS = ['true', '1'];
const FALSE_WORDS = ['false', '0'];

/** 'true'/'false'/'1'/'0' (any case); unlike `z.coerce.boolean()`, "false" means false. */
export const booleanFlag = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (value) => TRUE_WORDS.includes(value) || FALSE_WORDS.includes(value),
    'expected true, false, 1 or 0',
  )
  .transform((value) => TRUE_WORDS.includes(value));
