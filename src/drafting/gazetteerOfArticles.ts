import type { Command } from "../catalogue/commands";
import type { ArticleBundle } from "../seed/seedFolderTypes";
import { Gazetteer, type KnownEntity, type KnownIncident } from "./Gazetteer";

/**
 * A gazetteer of what articles register: their entities with names and aliases (RegisterEntity,
 * AddAlias) and their incidents (ReportIncident), each with the article it comes from. The seed
 * folders are one source; the API can pass the graph's entities to `new Gazetteer` instead.
 */
export function gazetteerOfArticles(articles: readonly ArticleBundle[]): Gazetteer {
  const entities = new Map<string, KnownEntity>();
  const incidents: KnownIncident[] = [];
  // Registrations first: an article may name an alias of an entity a later folder registers.
  const commands = articles.flatMap(({ article, facts }) =>
    facts.map(({ command }) => ({ command, articleId: article.articleId })),
  );
  const registrations = commands.filter(({ command }) => command.type === "RegisterEntity");
  for (const { command, articleId } of [
    ...registrations,
    ...commands.filter(({ command }) => command.type !== "RegisterEntity"),
  ])
    addCommand(command, articleId, entities, incidents);
  return new Gazetteer([...entities.values()], incidents);
}

function addCommand(
  command: Command,
  articleId: string,
  entities: Map<string, KnownEntity>,
  incidents: KnownIncident[],
): void {
  switch (command.type) {
    case "RegisterEntity":
      entities.set(command.entityId, {
        entityId: command.entityId,
        kind: command.kind,
        names: [command.name, ...(command.aliases ?? [])],
        articleId,
      });
      return;
    case "AddAlias":
      entities.get(command.entityId)?.names.push(command.alias);
      return;
    case "ReportIncident":
      incidents.push({
        incidentId: command.incidentId,
        kind: command.kind,
        affected: [...command.affected],
        articleId,
      });
      return;
    default:
      return;
  }
}
