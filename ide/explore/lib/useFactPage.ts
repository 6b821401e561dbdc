import { useQuery } from "@apollo/client/react";
import type { TypedDocumentNode } from "@apollo/client";
import { useParams } from "react-router";
import { FactSourcesDocument } from "../generated/graphql";

/**
 * A fact page's query asks for the node the URL's :id names and for the first page of the
 * sources of that fact (`sources: sourcesConnection(factId:)`).
 */
interface FactPageVariables {
  id: string;
  factId: string;
}

/** The answer once the node is there: the page draws it without checking for null again. */
type Found<TData, K extends keyof TData> = TData & { [P in K]: NonNullable<TData[K]> };

/**
 * The query of a fact's page (an entity's, an incident's, a statement's): the node the URL's :id
 * names, the answer's `field`, with the first page of the fact's sources, and `moreSources` for
 * the next ones. `state` is QueryState's props: its data only once the node is there, null when
 * the API answers null for an unknown id ("No `noun` has the id …").
 */
export function useFactPage<TData, K extends keyof TData>(
  document: TypedDocumentNode<TData, FactPageVariables>,
  field: K,
  noun: string,
) {
  const { id = "" } = useParams();
  const { data, error, loading, fetchMore } = useQuery(document, {
    variables: { id, factId: id },
  });
  const node = data?.[field] ?? null;
  const found = data === undefined ? undefined : node === null ? null : (data as Found<TData, K>);
  return {
    node,
    state: { data: found, error, loading, notFound: `No ${noun} has the id “${id}”.` },
    /** The page of the fact's sources after `after`, appended by the cache to those shown. */
    moreSources: (after: string | null) =>
      fetchMore({ query: FactSourcesDocument, variables: { factId: id, after } }),
  };
}
