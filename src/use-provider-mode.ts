import { useQuery } from '@tanstack/react-query';
import { appConfigQuery, type ProviderMode } from './app-config.ts';
import type { ProviderId } from './inventory/model.ts';

/** Whether a provider is live, on demo data or unavailable; undefined until the config is read. */
export function useProviderMode(provider: ProviderId): ProviderMode | undefined {
  return useQuery({ ...appConfigQuery, select: (config) => config.providers[provider].mode }).data;
}
