import { useQuery } from "@apollo/client/react";
import { EntityRelationsDocument } from "../generated/graphql";
import { MoreButton } from "./MoreButton";
import { RelationList } from "./RelationList";

/**
 * An entity's relations both ways, a page of each at a time: "More relations" asks for the pages
 * after both lists' last cursors, and the cache appends them.
 */
export function EntityRelations({ id }: { id: string }) {
  const { data, error, fetchMore } = useQuery(EntityRelationsDocument, { variables: { id } });
  if (error)
    return (
      <p role="alert" className="error">
        The relations could not be read: {error.message}
      </p>
    );
  if (!data)
    return (
      <p className="loading" aria-busy="true">
        Loading relations…
      </p>
    );
  const { outgoing, incoming } = data;
  const relations = [...outgoing.edges, ...incoming.edges].map((edge) => edge.node);
  return (
    <>
      <RelationList relations={relations} self={id} />
      <MoreButton
        label="More relations"
        hasMore={outgoing.pageInfo.hasNextPage || incoming.pageInfo.hasNextPage}
        onMore={() =>
          fetchMore({
            variables: {
              outgoingAfter: outgoing.pageInfo.endCursor,
              incomingAfter: incoming.pageInfo.endCursor,
            },
          })
        }
      />
    </>
  );
}
