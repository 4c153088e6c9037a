import { describe, expect, it } from 'vitest';
import { createFaultQueue } from './fault-queue.ts';

const html = { kind: 'html' } as const;
const timeout = { kind: 'timeout' } as const;

describe('createFaultQueue', () => {
  it('uses a fault for as many matching calls as asked, then answers normally again', () => {
    const queue = createFaultQueue();
    queue.add({ provider: 'bungie', match: '/Inventory/', fault: html, times: 2 });
    expect(queue.take('bungie', '/Platform/Destiny/1/Account/9/')).toBeUndefined();
    expect(queue.take('bungie', '/Platform/Destiny/1/Account/9/Character/8/Inventory/')).toEqual(html);
    expect(queue.pending()).toMatchObject([{ left: 1 }]);
    expect(queue.take('bungie', '/Platform/Destiny/1/Account/9/Character/8/Inventory/')).toEqual(html);
    expect(queue.take('bungie', '/Platform/Destiny/1/Account/9/Character/8/Inventory/')).toBeUndefined();
    expect(queue.pending()).toEqual([]);
  });

  it('keeps providers apart, takes the first queued match, and clears', () => {
    const queue = createFaultQueue();
    queue.add({ provider: 'xbox', match: '', fault: timeout, times: 1 });
    queue.add({ provider: 'xbox', match: '', fault: html, times: 1 });
    expect(queue.take('playfab', '/playfab/E3F1A/Server/GetCharacterInventory')).toBeUndefined();
    expect(queue.take('xbox', '/users/me/inventory')).toEqual(timeout);
    queue.clear();
    expect(queue.take('xbox', '/users/me/inventory')).toBeUndefined();
  });
});
