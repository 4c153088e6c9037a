import { describe, expect, it } from 'vitest';
import { createCircuitBreaker, type CircuitOutcome } from './circuit-breaker.ts';

function setup() {
  let time = 0;
  const breaker = createCircuitBreaker({ failureThreshold: 3, coolDownMs: 5_000, now: () => time });
  const call = (outcome: CircuitOutcome) => {
    const permit = breaker.enter();
    if (permit.ok) permit.settle(outcome);
    return permit.ok;
  };
  return { breaker, call, advance: (ms: number) => (time += ms) };
}

describe('createCircuitBreaker', () => {
  it('opens after the threshold of consecutive failures and refuses with the remaining cool-down', () => {
    const { breaker, call, advance } = setup();
    expect([call('failure'), call('failure'), call('failure')]).toEqual([true, true, true]);
    advance(1_000);
    expect(breaker.enter()).toEqual({ ok: false, retryAfterMs: 4_000 });
  });

  it('counts only consecutive failures: a success resets the count, a neutral outcome does not', () => {
    const { breaker, call } = setup();
    call('failure');
    call('failure');
    call('success');
    call('failure');
    call('neutral');
    call('failure');
    expect(breaker.enter().ok).toBe(true);
    call('failure');
    expect(breaker.enter().ok).toBe(false);
  });

  it("counts a path's failures once: one path failing again and again never opens it", () => {
    const { breaker } = setup();
    const at = (path: string) => {
      const permit = breaker.enter();
      if (permit.ok) permit.settle('failure', path);
    };
    for (let i = 0; i < 10; i++) at('/a');
    expect(breaker.enter().ok).toBe(true);
    at('/b');
    at('/a');
    at('/c');
    expect(breaker.enter().ok).toBe(false);
  });

  it('forgets failed paths on a success', () => {
    const { breaker, call } = setup();
    const at = (path: string) => {
      const permit = breaker.enter();
      if (permit.ok) permit.settle('failure', path);
    };
    at('/a');
    at('/b');
    call('success');
    at('/a');
    at('/b');
    expect(breaker.enter().ok).toBe(true);
    call('failure');
    expect(breaker.enter().ok).toBe(false);
  });

  it('half-opens after the cool-down with one trial call; its success closes the circuit', () => {
    const { breaker, call, advance } = setup();
    ['failure', 'failure', 'failure'].forEach((outcome) => call(outcome as CircuitOutcome));
    advance(5_000);
    const trial = breaker.enter();
    expect(trial.ok).toBe(true);
    expect(breaker.enter()).toEqual({ ok: false, retryAfterMs: 1_000 });
    if (trial.ok) trial.settle('success');
    expect([call('failure'), call('failure'), breaker.enter().ok]).toEqual([true, true, true]);
  });

  it('opens again for a full cool-down when the trial fails', () => {
    const { breaker, call, advance } = setup();
    ['failure', 'failure', 'failure'].forEach((outcome) => call(outcome as CircuitOutcome));
    advance(5_000);
    expect(call('failure')).toBe(true);
    expect(breaker.enter()).toEqual({ ok: false, retryAfterMs: 5_000 });
  });

  it('lets another call try when the trial never reached the provider', () => {
    const { breaker, call, advance } = setup();
    ['failure', 'failure', 'failure'].forEach((outcome) => call(outcome as CircuitOutcome));
    advance(5_000);
    expect(call('neutral')).toBe(true);
    expect(breaker.enter().ok).toBe(true);
  });

  it('ignores outcomes of calls that started before the circuit opened', () => {
    const { breaker, call, advance } = setup();
    const early = breaker.enter();
    ['failure', 'failure', 'failure'].forEach((outcome) => call(outcome as CircuitOutcome));
    if (early.ok) early.settle('success');
    advance(1);
    expect(breaker.enter().ok).toBe(false);
  });
});
