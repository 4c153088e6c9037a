/**
 * The doctor's PlayFab check: GetCatalogItems for the named title through the proxy, the same
 * call the browser makes for names and icons. The answer's `errorCode` says whether the secret
 * key or the title was refused.
 */

import { ask, describeProxyError, isRecord, type ApiFetch, type Check } from './doctor-answer.ts';

const SECRET_REFUSED = new Set([1074, 1089]);
const TITLE_REFUSED = new Set([1000, 1004]);
const THROTTLED = new Set([1199, 1342]);
/** The title has no primary catalog: an answer only a caller with an accepted key gets. */
const CATALOG_NOT_CONFIGURED = 1218;

export async function checkPlayFab(deps: { api: ApiFetch; origin: string; titleId: string }): Promise<Check> {
  const at = `${deps.origin.replace('{titleId}', deps.titleId)}/Server/`;
  const answer = await ask(deps.api, `/api/playfab/${encodeURIComponent(deps.titleId)}/Server/GetCatalogItems`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{}',
  });
  if (answer.kind === 'proxy') return { ok: false, ...describeProxyError(answer) };
  const body = answer.body;
  if (!isRecord(body))
    return { ok: false, reachable: true, text: `${at} answered HTTP ${answer.status} without a PlayFab envelope` };
  if (body.code === 200 && isRecord(body.data)) {
    const items = Array.isArray(body.data.Catalog) ? body.data.Catalog.length : 0;
    return {
      ok: true,
      reachable: true,
      answeredAt: at,
      text: `secret key accepted at ${at}; title ${deps.titleId}'s primary catalog has ${items} items`,
    };
  }
  if (typeof body.errorCode !== 'number')
    return { ok: false, reachable: true, text: `${at} answered HTTP ${answer.status} without a PlayFab envelope` };

  const own = `${body.code} ${body.errorCode} ${String(body.error)} ("${String(body.errorMessage)}"${details(body.errorDetails)})`;
  const answered = { reachable: true, answeredAt: at };
  if (body.errorCode === CATALOG_NOT_CONFIGURED)
    return {
      ok: true,
      ...answered,
      text: `secret key accepted at ${at}; title ${deps.titleId} has no primary catalog: ${own}`,
    };
  if (SECRET_REFUSED.has(body.errorCode))
    return { ok: false, ...answered, text: `secret key refused at ${at}: ${own}` };
  if (TITLE_REFUSED.has(body.errorCode))
    return { ok: false, ...answered, text: `title ${deps.titleId} refused at ${at}: ${own}` };
  if (THROTTLED.has(body.errorCode))
    return { ok: false, ...answered, text: `throttled at ${at}, try again shortly: ${own}` };
  return { ok: false, ...answered, text: `${at} answered ${own}` };
}

/** InvalidParams names the field at fault in `errorDetails`: field name to messages. */
function details(errorDetails: unknown): string {
  if (!isRecord(errorDetails)) return '';
  const messages = Object.values(errorDetails).flatMap((value) => (Array.isArray(value) ? value.map(String) : []));
  return messages.length ? `; ${messages.join(' ')}` : '';
}
