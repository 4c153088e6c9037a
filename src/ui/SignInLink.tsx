import { useLocation } from 'react-router';

/**
 * To the server's sign-in, which comes back to this very URL. A plain link, not a router one:
 * sign-in is a server route that leaves the app for the identity provider.
 */
export function SignInLink({ className }: { className?: string }) {
  const { pathname, search } = useLocation();
  return (
    <a href={`/auth/sign-in?return=${encodeURIComponent(pathname + search)}`} className={className}>
      Sign in
    </a>
  );
}
