/**
 * JSON lines to a stream, written once per turn of the event loop: under load a write per request
 * (synchronous on a pipe) costs more than the request. `flush` empties the buffer at once, for the
 * last words before the process exits.
 */
export function createLineLog(write: (text: string) => void): {
  log(line: Record<string, unknown>): void;
  flush(): void;
} {
  let pending: string[] = [];
  // Under load many lines share a millisecond: format its timestamp once.
  let stampMs = Number.NaN;
  let stamp = '';
  const time = () => {
    const now = Date.now();
    if (now !== stampMs) {
      stampMs = now;
      stamp = new Date(now).toISOString();
    }
    return stamp;
  };
  const flush = () => {
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    write(text);
  };
  return {
    log(line) {
      // The time goes in front as text (an ISO stamp needs no escaping): a copy of each line with it costs more.
      const fields = JSON.stringify(line);
      pending.push(fields === '{}' ? `{"time":"${time()}"}` : `{"time":"${time()}",${fields.slice(1)}`);
      if (pending.length === 1) setImmediate(flush);
    },
    flush,
  };
}
