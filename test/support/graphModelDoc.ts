import { readFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../../src/config/projectRoot";

/**
 * docs/graph-model.md read as data, and compared with a graph. How the document is read:
 *
 * - A level-2 heading starting with "Node labels" opens a part whose level-3 headings document
 *   node labels; one starting with "Relationship types" opens one for relationship types. Other
 *   level-2 parts are prose and are not read.
 * - Every name in backticks in a level-3 heading of those parts is documented (`### \`Incident\``,
 *   or several at once: `### \`AFFECTED\`, \`REPORTED_BY\``).
 * - Their properties are the names in the first cell of the rows of the tables under that
 *   heading, when that cell holds only names in backticks (`| \`knownSince\` | ... |`, or
 *   `| \`sources\`, \`quotes\` | ... |`). One table serves every name of its heading.
 * - A line under that heading starting with "Inherits the properties of" gives the labels or
 *   types, in backticks, whose properties these also carry (a Retracted node keeps those it had).
 */

export type GraphElement = "label" | "relationship type";

/** One level-3 heading: the names it documents and the properties they carry. */
export interface DocumentedSection {
  element: GraphElement;
  names: string[];
  properties: Set<string>;
  inherits: string[];
}

export interface GraphModelDoc {
  sections: DocumentedSection[];
  /** Each documented name and its section. */
  byName: Map<string, DocumentedSection>;
}

export const GRAPH_MODEL_DOC = path.join(projectRoot(), "docs", "graph-model.md");

export function readGraphModelDoc(file = GRAPH_MODEL_DOC): string {
  return readFileSync(file, "utf8");
}

const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

/** The names in a table row's first cell, when it holds only names in backticks (`a`, `b`). */
function propertyNames(line: string): string[] {
  const cell = /^\s*\|([^|]*)\|/.exec(line)?.[1]?.trim() ?? "";
  return /^`[^`]+`(\s*,\s*`[^`]+`)*$/.test(cell) ? backticked(cell) : [];
}

export function parseGraphModelDoc(markdown: string): GraphModelDoc {
  const doc: GraphModelDoc = { sections: [], byName: new Map() };
  let element: GraphElement | undefined;
  let current: DocumentedSection | undefined;
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const text = heading[2]!;
      if (level <= 2) {
        element = /^Node labels/i.test(text)
          ? "label"
          : /^Relationship types/i.test(text)
            ? "relationship type"
            : undefined;
      }
      current = undefined;
      const names = backticked(text);
      if (level === 3 && element && names.length > 0) {
        current = { element, names, properties: new Set(), inherits: [] };
        doc.sections.push(current);
        for (const name of names) {
          if (doc.byName.has(name)) throw new Error(`\`${name}\` is documented twice`);
          doc.byName.set(name, current);
        }
      }
      continue;
    }
    if (!current) continue;
    for (const property of propertyNames(line)) current.properties.add(property);
    if (/^\s*Inherits the properties of/i.test(line)) current.inherits.push(...backticked(line));
  }
  return doc;
}

/** The properties a name carries: its section's own and those it inherits (transitively). */
export function propertiesOf(doc: GraphModelDoc, name: string, seen = new Set<string>()) {
  const section = doc.byName.get(name);
  const properties = new Set(section?.properties ?? []);
  if (!section || seen.has(name)) return properties;
  seen.add(name);
  for (const parent of section.inherits)
    for (const property of propertiesOf(doc, parent, seen)) properties.add(property);
  return properties;
}

/** What a database holds: its labels and types, and the keys seen on each kind of node or relationship. */
export interface ObservedGraph {
  labels: string[];
  relationshipTypes: string[];
  /** Per combination of labels: the property keys of the nodes that carry exactly those labels. */
  nodes: { labels: string[]; keys: string[] }[];
  relationships: { type: string; keys: string[] }[];
}

/**
 * Everything the graph holds that the document does not describe, one message each: a label or
 * relationship type without its heading, a property in no table of the node's labels (or of the
 * relationship's type), and headings that document a name as the other kind of element.
 */
export function undocumented(doc: GraphModelDoc, graph: ObservedGraph): string[] {
  const problems: string[] = [];
  const check = (element: GraphElement, name: string) => {
    const section = doc.byName.get(name);
    if (!section) problems.push(`${element} \`${name}\` is not documented`);
    else if (section.element !== element)
      problems.push(`\`${name}\` is a ${element} but is documented as a ${section.element}`);
  };
  for (const label of [...graph.labels].sort()) check("label", label);
  for (const type of [...graph.relationshipTypes].sort()) check("relationship type", type);
  for (const { labels, keys } of graph.nodes) {
    const known = new Set(labels.flatMap((label) => [...propertiesOf(doc, label)]));
    const shown = labels.map((label) => `:${label}`).join("");
    for (const key of [...keys].sort()) {
      if (!known.has(key))
        problems.push(
          `property \`${key}\` of (${shown}) is not documented under any of its labels`,
        );
    }
  }
  for (const { type, keys } of graph.relationships) {
    const known = propertiesOf(doc, type);
    for (const key of [...keys].sort()) {
      if (!known.has(key)) problems.push(`property \`${key}\` of [:${type}] is not documented`);
    }
  }
  return problems;
}

/**
 * What the document describes that the graph does not hold: a stale label, type or property. A
 * property counts as held when any name of its heading carries it (one table serves the twelve
 * relation types); inherited properties are not asked for.
 */
export function unobserved(doc: GraphModelDoc, graph: ObservedGraph): string[] {
  const problems: string[] = [];
  const present = (section: DocumentedSection, name: string) =>
    section.element === "label"
      ? graph.labels.includes(name)
      : graph.relationshipTypes.includes(name);
  const keysOf = (section: DocumentedSection, name: string) =>
    section.element === "label"
      ? graph.nodes.filter((n) => n.labels.includes(name)).flatMap((n) => n.keys)
      : graph.relationships.filter((r) => r.type === name).flatMap((r) => r.keys);
  for (const section of doc.sections) {
    const absent = section.names.filter((name) => !present(section, name));
    for (const name of absent)
      problems.push(`${section.element} \`${name}\` is documented but not in the graph`);
    if (absent.length === section.names.length) continue;
    const seen = new Set(section.names.flatMap((name) => keysOf(section, name)));
    const where = section.names.map((name) => `\`${name}\``).join(", ");
    for (const property of [...section.properties].sort()) {
      if (!seen.has(property))
        problems.push(`property \`${property}\` of ${where} is documented but not in the graph`);
    }
  }
  return problems;
}
