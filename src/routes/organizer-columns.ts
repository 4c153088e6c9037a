import type { ProviderId } from '../inventory/model.ts';
import type { OrganizerColumn } from '../inventory/organizer/organizer-columns.ts';
import { destinyOrganizerColumns } from '../providers/destiny/organizer-columns.ts';
import { playfabOrganizerColumns } from '../providers/playfab/organizer-columns.ts';
import { xboxOrganizerColumns } from '../providers/xbox/organizer-columns.ts';

/** Each provider's own organizer columns, beside the shared ones. */
export const providerOrganizerColumns: Record<ProviderId, readonly OrganizerColumn[]> = {
  destiny: destinyOrganizerColumns,
  playfab: playfabOrganizerColumns,
  xbox: xboxOrganizerColumns,
};
