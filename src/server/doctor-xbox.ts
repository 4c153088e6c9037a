/**
 * The doctor's Xbox Live check: one inventory item through the proxy. Xbox answers most refusals
 * with an empty body, so the HTTP status is what tells them apart.
 */

import { ask, describeProxyError, isRecord, type ApiFetch, type Check } from './doctor-answer.ts';

const INVENTORY = '/users/me/inventory';

export async function checkXbox(deps: { api: ApiFetch; origin: string }): Promise<Check> {
  const at = deps.origin + INVENTORY;
  const answer = await ask(deps.api, `/api/xbox${INVENTORY}?maxItems=1`);
  const answered = { ok: false, reachable: true, answeredAt: at };
  if (answer.status === 401) {
    // The XSTS service's own 401 carries an XErr; the inventory service's is usually empty.
    const xerr =
      answer.kind === 'provider' && isRecord(answer.body) && answer.body.XErr !== undefined
        ? ` (XErr ${String(answer.body.XErr)})`
        : '';
    return {
      ...answered,
      text: `401 at ${at}: the XBL3.0 token was refused or has expired${xerr}; get a new XSTS token`,
    };
  }
  if (answer.status === 403) {
    return {
      ...answered,
      text: `403 at ${at}: the token may not make this call; inventory needs an XSTS token for the relying party http://licensing.xboxlive.com`,
    };
  }
  if (answer.status === 429) {
    return {
      ...answered,
      text: `429 at ${at}: throttled${answer.retryAfter ? `, retry after ${answer.retryAfter} s` : ''}`,
    };
  }
  if (answer.kind === 'proxy') return { ok: false, ...describeProxyError(answer) };
  if (answer.status === 200 && isRecord(answer.body) && Array.isArray(answer.body.items)) {
    const paging = answer.body.pagingInfo;
    const total =
      isRecord(paging) && typeof paging.totalItems === 'number' ? `; ${paging.totalItems} items in the inventory` : '';
    return { ...answered, ok: true, text: `token accepted at ${at}${total}` };
  }
  return { ...answered, text: `${at} answered HTTP ${answer.status} without an inventory` };
}
