/** The kinds of entity and node, declared in src/vocabulary: what the domain's commands name. */
export { ENTITY_KINDS, type EntityKind, type NodeKind } from "../vocabulary/entityKinds";
export { CERTAINTIES, type Certainty } from "../vocabulary/closedVocabularies";
