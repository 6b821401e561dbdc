import { RELATION_TYPES } from "../../src/domain/relationTypes";

/** A relation type as the stories need it: the kinds it may join, and how it reads. */
export interface RelationDeclaration {
  from: readonly string[];
  to: readonly string[];
  /** How it reads between its ends: "<Joel Montalbano> is a member of <NASA>". */
  phrase: string;
}

/** The relation types by name, in the domain's order. */
export type RelationDeclarations = Readonly<Record<string, RelationDeclaration>>;

// Until the vocabulary gives each relation its phrase (issue 18, item 2), the stories keep them.
const PHRASES: Record<keyof typeof RELATION_TYPES, string> = {
  MEMBER_OF: "is a member of",
  CREW_OF: "served on the crew of",
  CITIZEN_OF: "is a citizen of",
  PART_OF: "is part of",
  OPERATES: "operates",
  BELONGS_TO: "belongs to",
  DOCKED_AT: "docked at",
  LOCATED_IN: "is located in",
  COOPERATES_WITH: "cooperates with",
  MILITARY_ACTIONS_IN: "carried out military actions in",
  FOLLOWED: "followed",
  ATTRIBUTED_TO: "was attributed to",
};

/** The domain's relation types: what a relation story may state, between which kinds. */
export const DOMAIN_RELATIONS: RelationDeclarations = Object.fromEntries(
  Object.entries(RELATION_TYPES).map(([type, { from, to }]) => [
    type,
    { from, to, phrase: PHRASES[type as keyof typeof RELATION_TYPES] },
  ]),
);
