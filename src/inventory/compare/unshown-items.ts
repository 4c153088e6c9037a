import { MAX_COMPARED, type CompareRequest } from './compare-params.ts';

/** Why some ids of a link are not shown, in one sentence each; `where` ends "is not …" for ids nothing holds. */
export function unshownItems(request: CompareRequest, missing: readonly string[], where: string): string[] {
  const reasons = [
    ...request.malformed.map((id) => `${id} is not an item id`),
    ...missing.map((id) => `${id} is not ${where}`),
  ];
  const notes = [];
  if (reasons.length)
    notes.push(
      `${reasons.length === 1 ? '1 item' : `${reasons.length} items`} could not be shown: ${reasons.join('; ')}.`,
    );
  if (request.dropped)
    notes.push(`A comparison shows ${MAX_COMPARED} items at most: ${request.dropped} more were left out.`);
  return notes;
}
