import { LABEL } from "../graph/graphLabels";
import { graphModelOf } from "../graph/GraphModel";
import { TYPE } from "../graph/relationshipTypes";
import { relationsOf, type NamedRelation, type Vocabulary } from "../vocabulary/Vocabulary";
import { replaceRegion } from "./markedRegions";

/**
 * docs/graph-model.md's parts that the vocabulary tells: the overview's drawing, the kind labels'
 * heading, and the tables of relation and link types. The rest of the document is written by hand
 * (and checked: test/unit/graph/graphModelDoc.test.ts, test/integration/graphModel.test.ts).
 */

/** Kinds as the docs name them: a whole group by its name ("hardware"), the others one by one. */
export function kindsText(vocabulary: Vocabulary, kinds: readonly string[]): string {
  let names: string[] = [...kinds];
  for (const [group, members] of Object.entries(vocabulary.kindGroups)) {
    if (!members.every((m) => names.includes(m))) continue;
    const at = names.indexOf(members[0]!);
    names = names.filter((n) => !members.includes(n));
    names.splice(Math.min(at, names.length), 0, group);
  }
  return names.join(", ");
}

const code = (name: string) => `\`${name}\``;

function table(vocabulary: Vocabulary, relations: readonly NamedRelation[]): string {
  return [
    "| type | from | to | reads | example |",
    "| --- | --- | --- | --- | --- |",
    ...relations.map(
      (r) =>
        `| ${r.type} | ${kindsText(vocabulary, r.from)} | ${kindsText(vocabulary, r.to)} | ` +
        `${r.phrase} | ${r.example} |`,
    ),
  ].join("\n");
}

function relationTypes(vocabulary: Vocabulary): string {
  const relations = relationsOf(vocabulary).filter((r) => r.category === "relation");
  return `### ${relations.map((r) => code(r.type)).join(", ")}

Relations: facts of their own (\`linkEntities\`), each with its own stream, validity and provenance.
Which kinds they join is checked when they are stated (declared in \`src/vocabulary/relationTypes.ts\`):

${table(vocabulary, relations)}`;
}

function linkTypes(vocabulary: Vocabulary): string {
  const links = relationsOf(vocabulary).filter(
    (r) => r.category === "link" && r.provenance !== false,
  );
  return `### ${links.map((r) => code(r.type)).join(", ")}

Links an incident, update or statement makes as part of its own fact (they have no stream of
their own and are not corrected one by one; a correction of the incident or statement replaces
them). Declared in \`src/vocabulary/factLinks.ts\`:

${table(vocabulary, links)}`;
}

function kindLabels(vocabulary: Vocabulary): string {
  return `### ${Object.keys(vocabulary.entityKinds).map(code).join(", ")}`;
}

/** Groups of up to `size` names, joined by ", " (lines of a drawing's label). */
function lines(names: readonly string[], size: number): string {
  const rows: string[] = [];
  for (let i = 0; i < names.length; i += size) rows.push(names.slice(i, i + size).join(", "));
  return rows.join(",<br/>");
}

function overview(vocabulary: Vocabulary): string {
  const kinds = Object.keys(vocabulary.entityKinds);
  const model = graphModelOf(vocabulary);
  const node = (kind: string) => (kinds.includes(kind) ? LABEL.Entity : kind);
  const edges: string[] = [];
  const edge = (line: string) => edges.includes(line) || edges.push(line);
  const relations = relationsOf(vocabulary);
  const betweenEntities = relations.filter(
    (r) => r.from.every((k) => kinds.includes(k)) && r.to.every((k) => kinds.includes(k)),
  );
  edge(
    `  ${LABEL.Entity} -->|"${lines(
      betweenEntities.map((r) => r.type),
      4,
    )}"| ${LABEL.Entity}`,
  );
  for (const r of relations) {
    if (betweenEntities.includes(r)) continue;
    for (const from of r.from)
      for (const to of r.to) edge(`  ${node(from)} -->|${r.type}| ${node(to)}`);
  }
  for (const label of [LABEL.Entity, ...vocabulary.factNodeKinds, LABEL.Retracted])
    edge(`  ${label} -->|${TYPE.CITES}| ${LABEL.Article}`);
  const factNodes = vocabulary.factNodeKinds.map((kind) => `    ${kind}`).join("\n");
  return `\`\`\`mermaid
flowchart LR
  subgraph kg["knowledge graph (the projection)"]
    Entity["Entity + its kind label<br/>${lines(model.kindLabels, 5)}"]
${factNodes}
    Article
    Retracted["Retracted<br/>(a withdrawn fact node)"]
  end
${edges.join("\n")}
  Entity -.->|"HISTORICAL: an ended relationship of any type above,<br/>kept between the same nodes (also to and from Retracted nodes)"| Entity
  subgraph eventlog["event log (no relationships)"]
    Event
    EventStream
    EventLog
    ProjectionState
  end
  Event -.->|"stream = id"| EventStream
\`\`\``;
}

/** docs/graph-model.md with its generated regions rewritten from the vocabulary. */
export function graphModelDoc(vocabulary: Vocabulary, current: string): string {
  let text = current;
  text = replaceRegion(text, "overview", overview(vocabulary));
  text = replaceRegion(text, "kind-labels", kindLabels(vocabulary));
  text = replaceRegion(text, "relation-types", relationTypes(vocabulary));
  text = replaceRegion(text, "link-types", linkTypes(vocabulary));
  return text;
}
