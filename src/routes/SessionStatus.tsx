import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from '../session.ts';
import { SignInLink } from '../ui/SignInLink.tsx';

const control = 'rounded-md border border-slate-700 px-3 py-1 text-sm text-slate-200 hover:border-slate-500';

/** Who is signed in, and Sign out; nothing at all on a server without sign-in. */
export function SessionStatus() {
  const { data } = useQuery(sessionQuery);
  if (!data?.signIn) return null;
  if (!data.user) return <SignInLink className={control} />;
  return (
    // A real form POST: the server clears its cookie and answers with the start page, no script needed.
    <form method="post" action="/auth/sign-out" className="flex items-center gap-3">
      <span className="truncate text-sm text-slate-300">
        Signed in as{' '}
        <span className="font-medium text-slate-100">{data.user.name ?? data.user.email ?? 'your account'}</span>
      </span>
      <button type="submit" className={control}>
        Sign out
      </button>
    </form>
  );
}
