import { nodeKindsOf, relationsOf, type Vocabulary } from "./Vocabulary";

const TYPE_NAME = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
const FIELD_NAME = /^[a-z][A-Za-z0-9]*$/;

/**
 * What is wrong with a vocabulary, one sentence each saying what to change: an unknown kind or
 * target, two fields of one name on a type, a misspelt relation type. Empty when it is sound.
 */
export function vocabularyProblems(vocabulary: Vocabulary): string[] {
  const problems: string[] = [];
  const kinds = nodeKindsOf(vocabulary);
  const knownKind = (kind: string, where: string) => {
    if (!kinds.includes(kind)) problems.push(`${where} names ${kind}, which is no kind of node`);
  };
  for (const [group, members] of Object.entries(vocabulary.kindGroups))
    for (const kind of members) knownKind(kind, `the group ${group}`);
  for (const [name, union] of Object.entries(vocabulary.unions)) {
    if (kinds.includes(name)) problems.push(`the union ${name} has the name of a kind`);
    for (const kind of union.members) knownKind(kind, `the union ${name}`);
  }
  const fieldsOfType = new Map<string, string[]>();
  const seenTypes = new Set<string>();
  for (const r of relationsOf(vocabulary)) {
    if (!TYPE_NAME.test(r.type))
      problems.push(`${r.type} is not a relationship type's name: upper case, words joined by _`);
    if (seenTypes.has(r.type)) problems.push(`${r.type} is declared twice`);
    seenTypes.add(r.type);
    for (const kind of [...r.from, ...r.to]) knownKind(kind, r.type);
    for (const [end, side, holders] of [
      ["out", r.out, r.from],
      ["in", r.in, r.to],
    ] as const) {
      const where = `${r.type}'s ${end} field ${side.field}`;
      if (!FIELD_NAME.test(side.field)) problems.push(`${where}: a field's name is in camelCase`);
      if (!kinds.includes(side.target) && !Object.hasOwn(vocabulary.unions, side.target))
        problems.push(
          `${where} lists ${side.target}: declare it as a union (src/vocabulary/unions.ts)`,
        );
      for (const kind of side.on ?? []) {
        if (!(holders as readonly string[]).includes(kind))
          problems.push(`${where} is on ${kind}, which ${r.type} does not join at that end`);
      }
      for (const kind of Object.keys(side.describedOn ?? {})) {
        if (!(side.on ?? holders).includes(kind as never))
          problems.push(`${where} is described on ${kind}, which has no such field`);
      }
      for (const kind of side.on ?? holders) {
        const fields = fieldsOfType.get(kind) ?? [];
        if (fields.includes(side.field))
          problems.push(`${kind} would have two fields ${side.field}: rename one (${r.type})`);
        fieldsOfType.set(kind, [...fields, side.field]);
      }
    }
  }
  return problems;
}
