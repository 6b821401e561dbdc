import type { ErrorLike } from "@apollo/client";
import type { ReactNode } from "react";

/**
 * What a page shows before its data: loading, the error, or "not found" for an unknown id (the
 * API answers null). Data already shown stays while a refetch runs (live updates).
 */
export function QueryState<T>({
  data,
  error,
  loading,
  notFound,
  children,
}: {
  data: T | null | undefined;
  error: ErrorLike | undefined;
  loading: boolean;
  notFound?: string;
  children: (data: T) => ReactNode;
}) {
  if (data !== null && data !== undefined) return <>{children(data)}</>;
  if (error)
    return (
      <p role="alert" className="error">
        The API answered with an error: {error.message}
      </p>
    );
  if (loading)
    return (
      <p className="loading" aria-busy="true">
        Loading…
      </p>
    );
  return <p className="not-found">{notFound ?? "Nothing here."}</p>;
}
