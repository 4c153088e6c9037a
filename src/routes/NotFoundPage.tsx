import { Link } from 'react-router';
import { usePageTitle } from '../ui/use-page-title.ts';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <div className="mx-auto my-16 max-w-lg text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-400">
        Nothing lives at this address. The link may be mistyped or from an older version.
      </p>
      <Link to="/" className="mt-6 inline-block rounded-md bg-accent px-4 py-2 font-semibold text-slate-950">
        Go to the start page
      </Link>
    </div>
  );
}
