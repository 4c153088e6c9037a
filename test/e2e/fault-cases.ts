import type { Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { Fault } from '../../src/demo/faults/fault.ts';

export const demoOrigin = inject('demoOrigin');

export interface FaultCase {
  name: string;
  fault: Fault;
  /** The heading of the alert the page shows; null when the page must load as if nothing happened. */
  title: string | null;
  /** Text the alert must also hold: what exactly went wrong. */
  detail?: RegExp;
}

/** Enough for the first try and both automatic retries. */
export const EVERY_TRY = 5;

/** The fault classes every provider shares, worded as the page words them for `provider`. */
export function sharedFaultCases(provider: string): FaultCase[] {
  const trouble = `${provider} is having trouble`;
  const unreadable = `${provider}'s answer could not be read`;
  return [
    { name: 'added latency', fault: { kind: 'latency', ms: 400 }, title: null },
    {
      name: 'timeout',
      fault: { kind: 'timeout' },
      title: `${provider} took too long to answer`,
      detail: /did not answer within 1\.5 s/,
    },
    ...([500, 502, 503] as const).map((status) => ({
      name: `HTTP ${status}`,
      fault: { kind: 'server-error', status } as const,
      title: trouble,
      detail: new RegExp(`HTTP ${status}`),
    })),
    { name: 'an HTML body', fault: { kind: 'html' }, title: trouble, detail: /something other than JSON/ },
    { name: 'truncated JSON', fault: { kind: 'truncated-json' }, title: unreadable, detail: /not valid JSON/ },
    { name: 'malformed JSON', fault: { kind: 'malformed-json' }, title: unreadable, detail: /not valid JSON/ },
    { name: 'JSON labelled text/plain', fault: { kind: 'json-as-text' }, title: null },
    {
      name: 'a dropped connection',
      fault: { kind: 'dropped-connection' },
      title: trouble,
      detail: /broke off mid-answer/,
    },
  ];
}

/** Waits for what the case says the page shows: its alert, or `data` and no alert at all. */
export async function expectOutcome(page: Page, { title, detail }: FaultCase, data: Locator): Promise<void> {
  if (title === null) {
    await data.waitFor({ timeout: 15_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    return;
  }
  const alert = page.getByRole('alert');
  await alert.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
  if (detail) expect(await alert.textContent()).toMatch(detail);
}

/** A throttled page counts down where the person can see it, then loads by itself. */
export async function expectCountdownThenData(page: Page, title: string, data: Locator): Promise<void> {
  await page.getByRole('alert').getByRole('heading', { name: title }).waitFor({ timeout: 10_000 });
  await page.getByText(/Trying again in \d+ s/).waitFor();
  await data.waitFor({ timeout: 15_000 });
  await page.getByRole('alert').waitFor({ state: 'detached' });
}

/** A refresh that fails shows a banner above the data already on screen, which stays. */
export async function expectBannerAboveData(page: Page, title: string, data: Locator): Promise<void> {
  const banner = page.getByRole('alert');
  await banner.getByRole('heading', { name: title }).waitFor({ timeout: 15_000 });
  expect(await banner.getByRole('button', { name: 'Try again' }).count()).toBe(1);
  expect(await data.isVisible()).toBe(true);
}
