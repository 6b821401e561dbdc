import type { ReactNode } from "react";
import { listHeading } from "../lib/listHeading";

/**
 * A section of a page that shows a list its operation bounds: its heading names the list and,
 * when there are more than it shows, which and how many (listHeading).
 */
export function ListSection({
  id,
  name,
  shown,
  total,
  limit,
  which,
  children,
}: {
  id: string;
  name: string;
  shown: number;
  total?: number;
  limit?: number;
  which?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{listHeading(name, shown, { total, limit, which })}</h2>
      {children}
    </section>
  );
}
