/**
 * For the contract tests: a demo answer read by the client's one network module, handed the demo's
 * Response where fetch's would be, so the body meets the checks a proxied answer meets in the
 * browser (the proxy passes JSON bodies through unchanged).
 */

import { expect, vi } from 'vitest';
import { postJson, type JsonReply, type RequestOptions } from '../../src/http/api-client.ts';
import { AppError } from '../../src/inventory/app-error.ts';

export async function readAsClient(answer: Response | Promise<Response>, options: RequestOptions): Promise<JsonReply> {
  const fetchOnce = vi.spyOn(globalThis, 'fetch').mockResolvedValueOnce(await answer);
  try {
    // postJson, for the Retry-After it returns beside the body; the request itself is never sent.
    return await postJson('/contract', null, options);
  } finally {
    fetchOnce.mockRestore();
  }
}

/**
 * How the client reads an answer: 'ok', or the class of its error with what was not found or how
 * long to wait, e.g. 'not-found account' or 'throttled 3 s'.
 */
export async function outcomeOf(reading: Promise<unknown>): Promise<string> {
  try {
    await reading;
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const { kind, subject, retryAfterSeconds } = error as AppError;
    if (subject) return `${kind} ${subject}`;
    return kind === 'throttled' ? `${kind} ${retryAfterSeconds} s` : kind;
  }
}

/** The outcomes of `count` successive identical reads, in order. */
export async function successiveOutcomes(count: number, read: () => Promise<unknown>): Promise<string[]> {
  const outcomes: string[] = [];
  for (let call = 0; call < count; call++) outcomes.push(await outcomeOf(read()));
  return outcomes;
}

/** A scenario's contract in words, for its test's name: 'account ok; inventory throttled 3 s, then ok'. */
export const describeContract = (contract: Record<string, readonly string[] | undefined>) =>
  Object.entries(contract)
    .flatMap(([call, outcomes]) => (outcomes ? [`${call} ${outcomes.join(', then ')}`] : []))
    .join('; ');
