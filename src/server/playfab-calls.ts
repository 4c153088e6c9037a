/**
 * The allowlist of PlayFab Server calls the proxy forwards: three reads. The upstream URL is built
 * from the validated title id and the call name only, and the body is rebuilt from known fields,
 * so nothing a client sends can reach another call, another host or a write.
 */
import { PLAYFAB_TITLE_ID } from './config.ts';

export type PlayFabCallName = 'GetCharacterInventory' | 'GetCatalogItems' | 'GetAllUsersCharacters';

export type PlayFabCall =
  | { ok: true; call: PlayFabCallName; titleId: string; body: string }
  | { ok: false; code: 'not_found' | 'bad_parameter'; message: string };

type Field = 'PlayFabId' | 'CharacterId' | 'CatalogVersion';

/** Fields in the order they are written, so equal requests share one cache entry. */
const fieldsOf: Record<PlayFabCallName, { required: Field[]; optional: Field[] }> = {
  GetCharacterInventory: { required: ['PlayFabId', 'CharacterId'], optional: ['CatalogVersion'] },
  GetCatalogItems: { required: [], optional: ['CatalogVersion'] },
  GetAllUsersCharacters: { required: ['PlayFabId'], optional: [] },
};

/** Far above any valid body of these calls. */
export const MAX_PLAYFAB_BODY_BYTES = 1024;

const ID = /^[A-Za-z0-9_-]{1,64}$/;
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

const isCall = (name: string): name is PlayFabCallName => Object.hasOwn(fieldsOf, name);

export function parsePlayFabCall(titleId: string, callName: string, rawBody: string): PlayFabCall {
  if (!isCall(callName))
    return { ok: false, code: 'not_found', message: 'No such PlayFab call is offered by this proxy.' };
  if (!PLAYFAB_TITLE_ID.test(titleId)) return badParameter('titleId must be 1 to 32 letters or digits.');
  if (new TextEncoder().encode(rawBody).byteLength > MAX_PLAYFAB_BODY_BYTES)
    return badParameter(`The body must be at most ${MAX_PLAYFAB_BODY_BYTES} bytes.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(rawBody);
  } catch {
    return badParameter('The body must be a JSON object.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return badParameter('The body must be a JSON object.');
  const given = parsed as Record<string, unknown>;
  const { required, optional } = fieldsOf[callName];
  const known = [...required, ...optional];
  const unknown = Object.keys(given).find((key) => !(known as string[]).includes(key));
  if (unknown !== undefined)
    return badParameter(
      `${callName} takes only ${known.join(', ') || 'an empty body'}; "${unknown.slice(0, 40)}" is not allowed.`,
    );

  const body: Partial<Record<Field, string>> = {};
  for (const field of known) {
    const value = given[field];
    if (value === undefined || value === null) {
      if (required.includes(field)) return badParameter(`${field} is required.`);
      continue;
    }
    const problem = checkField(field, value);
    if (problem) return badParameter(problem);
    body[field] = value as string;
  }
  return { ok: true, call: callName, titleId, body: JSON.stringify(body) };
}

function checkField(field: Field, value: unknown): string | undefined {
  if (typeof value !== 'string') return `${field} must be a string.`;
  if (field === 'CatalogVersion') {
    return value.length >= 1 && value.length <= 100 && !CONTROL.test(value)
      ? undefined
      : 'CatalogVersion must be 1 to 100 printable characters.';
  }
  return ID.test(value) ? undefined : `${field} must be 1 to 64 letters, digits, "-" or "_".`;
}

function badParameter(message: string): PlayFabCall {
  return { ok: false, code: 'bad_parameter', message };
}
