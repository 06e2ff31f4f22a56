import { Fragment, type ReactNode } from "react";

export type TFact = { term: string; value: ReactNode; testId?: string; className?: string };

/** Label–value pairs (a description list) in two aligned columns: a scan's or a person's key facts. */
export function FactList({ facts, className = "mt-4" }: { facts: (TFact | false | null)[]; className?: string }) {
  return (
    <dl className={`${className} grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1`}>
      {facts
        .filter((f): f is TFact => !!f)
        .map((f) => (
          <Fragment key={f.term}>
            <dt className="font-semibold">{f.term}</dt>
            <dd data-testid={f.testId} className={f.className}>
              {f.value}
            </dd>
          </Fragment>
        ))}
    </dl>
  );
}
