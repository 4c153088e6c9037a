import { describe, expect, it } from 'vitest';
import { createLineLog } from './line-log.ts';

describe('createLineLog', () => {
  it('writes the lines of one event-loop turn together, each a JSON object with its time', async () => {
    const writes: string[] = [];
    const { log } = createLineLog((text) => writes.push(text));
    log({ event: 'a' });
    log({ event: 'b' });
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
    const lines = writes[0]!
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.event)).toEqual(['a', 'b']);
    expect(Number.isNaN(Date.parse(lines[0].time))).toBe(false);
  });

  it('flushes at once when asked, and writes nothing twice', async () => {
    const writes: string[] = [];
    const { log, flush } = createLineLog((text) => writes.push(text));
    log({ event: 'fatal' });
    flush();
    expect(writes).toHaveLength(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
  });
});
