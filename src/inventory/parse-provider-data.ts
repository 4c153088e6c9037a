import * as v from 'valibot';
import { AppError } from './app-error.ts';
import { providerNames } from './describe-error.ts';
import type { ProviderId } from './model.ts';

/** Validates a provider's unwrapped data against a schema, as a clear AppError naming where it does not fit. */
export function parseProviderData<S extends v.GenericSchema>(
  provider: ProviderId,
  schema: S,
  data: unknown,
  what: string,
): v.InferOutput<S> {
  const parsed = v.safeParse(schema, data);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  const where = issue ? v.getDotPath(issue) : null;
  throw new AppError({
    kind: 'bad-response',
    provider,
    message: `${providerNames[provider]}'s ${what} did not have the expected shape${where ? ` (at ${where})` : ''}.`,
  });
}
