import type { Ref } from "react";
import { inWords } from "../../drawing/inWords";
import type { NodeRefFragment } from "../generated/graphql";
import type { Citation } from "../lib/articleCitations";
import { CertaintyBadge } from "./CertaintyBadge";
import { NodeLink } from "./NodeLink";

/** A fact citing an article: a node (entity, incident, update, statement) or a relation. */
export type CitingFact =
  | { kind: "node"; key: string; node: NodeRefFragment; note: string | null }
  | {
      kind: "relation";
      key: string;
      type: string;
      from: NodeRefFragment;
      to: NodeRefFragment;
      certainty: "asserted" | "inferred" | null;
    };

/** The facts that cite the selected sentences, each with its quote, linking to their pages. */
export function CitingFacts({
  citations,
  sentence,
  headingRef,
}: {
  citations: readonly Citation<CitingFact>[];
  sentence: string | null;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  return (
    <section className="citing-facts" aria-labelledby="citing-facts-heading">
      <h2 id="citing-facts-heading" ref={headingRef} tabIndex={-1}>
        {sentence === null
          ? "Facts citing a sentence"
          : `${citations.length} fact${citations.length === 1 ? "" : "s"} citing this sentence`}
      </h2>
      {sentence === null ? (
        <p className="empty">Choose a highlighted sentence to see the facts it supports.</p>
      ) : (
        <>
          <blockquote className="selected-sentence">{sentence}</blockquote>
          <ul className="facts">
            {citations.map(({ fact, quote }) => (
              <li key={`${fact.key}:${quote}`} className="fact" data-fact={fact.key}>
                {fact.kind === "node" ? (
                  <p className="title">
                    <NodeLink kind={fact.node.kind} id={fact.node.id} label={fact.node.label} />
                  </p>
                ) : (
                  <p className="title relation">
                    <NodeLink kind={fact.from.kind} id={fact.from.id} label={fact.from.label} />{" "}
                    <span className="relation-type">{inWords(fact.type)}</span>{" "}
                    <NodeLink kind={fact.to.kind} id={fact.to.id} label={fact.to.label} />{" "}
                    <CertaintyBadge certainty={fact.certainty} />
                  </p>
                )}
                <q className="quote">{quote}</q>
                {fact.kind === "node" && fact.note && <p className="note">Why: {fact.note}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
