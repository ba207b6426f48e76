import { fieldIssueCodes, type FieldIssue } from '@aneis/contracts';
import { z, type core as zodCore } from 'zod';

const emailPattern = String(z.regexes.email);

/**
 * What a client needs to explain a refused field in its own language: the field's dotted path
 * and a code from `fieldIssueCodes`. The zod message (English, written for developers) stays in
 * `errorDetails` only.
 */
export function fieldIssuesOfZod(issues: readonly zodCore.$ZodIssue[]): FieldIssue[] {
  return issues.flatMap((issue): FieldIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: joinPath([...issue.path, key]),
        code: fieldIssueCodes.unknownField,
      }));
    }
    return [{ path: joinPath(issue.path), ...codeOf(issue) }];
  });
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function codeOf(issue: zodCore.$ZodIssue): Omit<FieldIssue, 'path'> {
  switch (issue.code) {
    case 'invalid_type':
      // zod does not report the input; its default message names what arrived instead.
      return {
        code: /received (undefined|null)$/.test(issue.message)
          ? fieldIssueCodes.required
          : fieldIssueCodes.invalidType,
      };
    case 'too_small': {
      const limit = Number(issue.minimum);
      if (issue.origin === 'string' || issue.origin === 'array') {
        // An empty text under a "at least one" rule is a missing value, not a short one.
        return limit <= 1
          ? { code: fieldIssueCodes.required }
          : { code: fieldIssueCodes.tooShort, limit };
      }
      return { code: fieldIssueCodes.tooSmall, limit };
    }
    case 'too_big': {
      const limit = Number(issue.maximum);
      return issue.origin === 'string' || issue.origin === 'array'
        ? { code: fieldIssueCodes.tooLong, limit }
        : { code: fieldIssueCodes.tooLarge, limit };
    }
    case 'invalid_format':
      return {
        code:
          issue.format === 'email' || (issue.format === 'regex' && issue.pattern === emailPattern)
            ? fieldIssueCodes.invalidEmail
            : fieldIssueCodes.invalidFormat,
      };
    case 'custom': {
      // A refinement may name its rule (`params: { code: 'needs_digit' }`).
      const own = issue.params?.['code'];
      return { code: typeof own === 'string' ? own : fieldIssueCodes.invalidValue };
    }
    default:
      return { code: fieldIssueCodes.invalidValue };
  }
}
