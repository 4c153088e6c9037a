import { queryOptions } from '@tanstack/react-query';
import * as v from 'valibot';
import { getJson } from './http/api-client.ts';

/** `/api/session`: whether this server asks for sign-in, and who is signed in (never a token). */
const sessionSchema = v.object({
  signIn: v.nullable(v.object({ providers: v.array(v.string()) })),
  user: v.nullable(v.object({ email: v.nullable(v.string()), name: v.nullable(v.string()) })),
});

export type Session = v.InferOutput<typeof sessionSchema>;

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async ({ signal }) => v.parse(sessionSchema, await getJson('/api/session', { signal })),
  // Changes only with a page load: sign-in comes back by a redirect, and sign out is a form POST.
  staleTime: Infinity,
});
