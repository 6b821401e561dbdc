import { useQuery } from "@apollo/client/react";
import { useEffect } from "react";
import { NeighbourhoodDocument, type NeighbourhoodQuery } from "../generated/graphql";

export type Neighbourhood = NonNullable<NeighbourhoodQuery["neighbourhood"]>;

/**
 * Loads one expanded node's neighbourhood (one hop, the same times as the graph) and hands it up:
 * a component per expansion, so that each is an active Apollo query that live updates refetch.
 */
export function NeighbourhoodLoader({
  id,
  asOfPosition,
  validOn,
  onLoaded,
}: {
  id: string;
  asOfPosition: number | null;
  validOn: string | null;
  onLoaded: (id: string, subgraph: Neighbourhood | null) => void;
}) {
  const { data } = useQuery(NeighbourhoodDocument, {
    variables: { id, depth: 1, asOfPosition, validOn },
  });
  const subgraph = data?.neighbourhood ?? null;
  useEffect(() => {
    if (data) onLoaded(id, subgraph);
  }, [data, id, subgraph, onLoaded]);
  useEffect(() => () => onLoaded(id, null), [id, onLoaded]);
  return null;
}
