import type { Source } from "../../domain/source";
import type { RelationTarget } from "../facts";
import type { ClaimValue, Rank } from "./claimState";

/** What every claim event names: the fact (a relation's ends too), the field, the claim. */
interface ClaimEventData {
  factId: string;
  relation?: RelationTarget | undefined;
  field: string;
  claimId: string;
  /** The claim's value (the fact takes it when the claim is preferred). */
  value: ClaimValue;
  reason?: string | undefined;
}

/** A source gives a field of a fact a value: a claim, kept beside the others. */
export interface ClaimRecorded {
  type: "ClaimRecorded";
  data: ClaimEventData & {
    /** Preferred: it becomes the fact's value, the preferred claim before it normal. */
    preferred: boolean;
  };
  source: Source;
}

/** A claim's rank changed: preferred (the fact's value), normal, or deprecated with a reason. */
export interface ClaimRanked {
  type: "ClaimRanked";
  data: ClaimEventData & { rank: Rank };
  source: Source;
}
