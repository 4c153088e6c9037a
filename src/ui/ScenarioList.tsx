import { useId } from 'react';
import { Link } from 'react-router';

export interface Scenario {
  id: string;
  title: string;
  description: string;
}

interface ScenarioListProps<T extends Scenario> {
  heading: string;
  scenarios: T[];
  /** The page that shows the scenario's failure. */
  hrefFor: (scenario: T) => string;
}

/** A demo upstream's misbehaving accounts, each a link to the page that shows the failure. */
export function ScenarioList<T extends Scenario>({ heading, scenarios, hrefFor }: ScenarioListProps<T>) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="mb-2 text-sm font-semibold tracking-wide text-slate-400 uppercase">
        {heading}
      </h3>
      <ul className="divide-y divide-slate-800 rounded-lg border border-slate-800 bg-slate-900">
        {scenarios.map((scenario) => (
          <li key={scenario.id} className="px-3 py-2">
            <Link
              to={hrefFor(scenario)}
              className="inline-flex min-h-6 items-center font-medium text-slate-100 hover:text-accent"
            >
              {scenario.title}
            </Link>
            <p className="text-sm text-slate-400">{scenario.description}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
