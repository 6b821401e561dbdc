import { LABEL } from "../../graph/graphLabels";
import { TYPE } from "../../graph/relationshipTypes";
import { FACT_LABEL } from "../../projection/graphLabels";
/**
 * Cypher over an entity's node `n` and a row `e` holding `aliases` (each a name, its certainty and
 * its source), the event's `eventId` and `position`: each alias becomes an (:Alias) node the
 * entity HAS_ALIAS, numbered after its others (`<entity id>#alias-<n>`), citing its article. An
 * alias is a fact of its own: who says the entity is also called so, and how sure.
 */
export const ALIAS_NODES = `
      CALL (e, n) {
        WITH e, n, COUNT { (n)-[:${TYPE.HAS_ALIAS}]->() } AS before
        UNWIND range(0, size(e.aliases) - 1) AS i
        WITH e, n, e.aliases[i] AS a, before + i + 1 AS ordinal
        CREATE (n)-[:${TYPE.HAS_ALIAS}]->(x:${LABEL.Alias} {id: n.id + '#alias-' + toString(ordinal)})
        SET x.entityId = n.id, x.name = a.name, x.certainty = a.certainty,
            x.sources = [a.articleId], x.quotes = [a.quote], x.quotesText = a.quote,
            x.note = a.note, x.eventIds = [e.eventId], x.knownSince = e.position
        WITH e, a, x
        MATCH (article:${LABEL.Article} {id: a.articleId})
        CREATE (x)-[c:${TYPE.CITES} {eventId: e.eventId}]->(article)
        SET c.quote = a.quote, c.note = a.note, c.knownSince = e.position
      }`;

/**
 * Cypher, after ALIAS_NODES, relating an entity `n` to each entity of `e.distinctFrom` that its
 * registration or alias said it is not (DIFFERENT_FROM), so the duplicate check's answer is kept
 * with the event that gave it.
 */
export const DIFFERENT_FROM_EDGES = `
      WITH e, n
      UNWIND e.distinctFrom AS otherId
      MATCH (other:${FACT_LABEL} {id: otherId})
      CREATE (n)-[d:${TYPE.DIFFERENT_FROM}]->(other)
      SET d.id = n.id + '--different-from--' + otherId, d.knownSince = e.position,
          d.eventIds = [e.eventId]`;
