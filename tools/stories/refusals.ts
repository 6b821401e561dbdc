import type { Command } from "../../src/catalogue/commands";
import type { RelationType } from "../../src/domain/relationTypes";
import type { Source } from "../../src/domain/source";
import type { SeededRandom } from "./SeededRandom";
import type { Story } from "./Story";

/**
 * Commands the domain refuses, told after an article (citing one of its sentences) about the
 * world as the article left it: a relation between kinds its type does not join (from the
 * domain's declaration), a reference to an id nobody registered, a corroboration of a
 * retracted fact, an entity registered again. Each is refused whatever came before it, so the
 * stories after it stay valid.
 */
export class Refusals {
  private serial = 0;

  constructor(
    private readonly story: Story,
    private readonly random: SeededRandom,
  ) {}

  next(source: Source): Command {
    const refusal = this.random.pick([
      () => this.mismatchedRelation(source),
      () => this.retractedFact(source),
      () => this.registeredAgain(source),
      () => this.unknownReference(source),
    ]);
    // Where the world has nothing to refuse that way yet, a reference to nothing.
    return refusal() ?? this.unknownReference(source);
  }

  private id(what: string): string {
    return this.story.id(`refused-${what}-${++this.serial}`);
  }

  private mismatchedRelation(source: Source): Command | undefined {
    const { relations, world } = this.story;
    const type = this.random.pick(Object.keys(relations));
    const { from, to } = relations[type]!;
    const wrongKinds = world.kinds().filter((kind) => !from.includes(kind));
    if (wrongKinds.length === 0) return undefined;
    const start = world.hub(world.ofKind(this.random.pick(wrongKinds)), 1);
    const end = world.hub(world.nodesOfKind(this.random.pick(to)), 1);
    if (!start || !end || start === end) return undefined;
    return {
      type: "LinkEntities",
      relationId: this.id("relation"),
      relation: type as RelationType,
      from: start.id,
      to: end.id,
      source,
    };
  }

  private unknownReference(source: Source): Command {
    return {
      type: "ReportIncident",
      incidentId: this.id("incident"),
      kind: "OTHER",
      title: "An incident in a module nobody registered",
      occurredAt: "2024",
      affected: [this.id("module")],
      source,
    };
  }

  private retractedFact(source: Source): Command | undefined {
    const fact = this.story.world.retractedFact();
    return fact && { type: "CorroborateFact", factId: fact.factId, source };
  }

  private registeredAgain(source: Source): Command | undefined {
    const { world } = this.story;
    const entity = world.hub(world.ofKind(this.random.pick(world.kinds())), 1);
    return (
      entity && {
        type: "RegisterEntity",
        entityId: entity.id,
        kind: entity.kind,
        name: `${entity.name}, again`,
        source,
      }
    );
  }
}
