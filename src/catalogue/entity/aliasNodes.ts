import { LABEL } from "../../graph/graphLabels";
import { TYPE } from "../../graph/relationshipTypes";
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
