import { fetcherReturnToPromise, type Fetcher } from "@graphiql/toolkit";
import type { GraphQLSchema } from "graphql";
import { extractGraph, type Graph } from "./extractGraph";
import { neighbourhoodQuery } from "./neighbourhoodQuery";

/**
 * A node's neighbours (one hop), asked through GraphiQL's own fetcher with the headers of its
 * editor (a token pasted there counts, when reads need one). Fails with the answer's first error.
 */
export async function fetchNeighbourhood(
  fetcher: Fetcher,
  schema: GraphQLSchema | null | undefined,
  headers: Record<string, unknown> | undefined,
  id: string,
): Promise<Graph> {
  const result = await fetcherReturnToPromise(
    fetcher(
      {
        query: neighbourhoodQuery(schema),
        operationName: "GraphViewNeighbourhood",
        variables: { id },
      },
      { headers },
    ),
  );
  const errors = (result as { errors?: { message?: string }[] }).errors;
  if (errors && errors.length > 0) throw new Error(errors[0]?.message ?? "the request failed");
  return extractGraph(result);
}
