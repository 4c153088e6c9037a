import type { Params } from 'react-router';
import { AppError } from '../../inventory/app-error.ts';

/** The proxy checks an id's form itself (and answers 400); this only keeps absurd ones from being sent. */
export const isItemId = (id: string) => id.length <= 300 && !/[/?#]/.test(id);

/** Which entitlement an item page shows; the proxy checks the id's form itself. */
export function readItemParams(params: Params): { itemId: string } {
  const { itemId } = params;
  if (!itemId) {
    throw new AppError({ kind: 'bad-request', provider: 'xbox', message: 'The item id in this link is not valid.' });
  }
  return { itemId };
}
