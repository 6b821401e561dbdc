import { useQuery } from "@apollo/client/react";
import { useEffect, useMemo, useRef } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { ArticleText } from "../components/ArticleText";
import { CitingFacts, type CitingFact } from "../components/CitingFacts";
import { MoreButton } from "../components/MoreButton";
import { QueryState } from "../components/QueryState";
import {
  ArticlePageDocument,
  ArticleRelationsDocument,
  type ArticlePageQuery,
  type ArticleRelationsQuery,
  type NodeKind,
} from "../generated/graphql";
import { citeArticle, type Citation } from "../lib/articleCitations";
import { countFacts, describeFactCount } from "../lib/countFacts";
import { timelinePath } from "../lib/paths";
import { usePageTitle } from "../lib/usePageTitle";

type Article = NonNullable<ArticlePageQuery["article"]>;
type Relations = ArticleRelationsQuery["relationsConnection"]["edges"][number]["node"][];

/** Every fact citing the article: nodes through their citations, relations through their quotes. */
function citationsOf(article: Article, relations: Relations): Citation<CitingFact>[] {
  const citations: Citation<CitingFact>[] = [];
  for (const { node, properties } of article.mentionsConnection.edges) {
    const [kind, label]: [NodeKind, string] =
      node.__typename === "Incident"
        ? ["Incident", node.title]
        : node.__typename === "IncidentUpdate"
          ? ["IncidentUpdate", node.description]
          : node.__typename === "Statement"
            ? ["Statement", node.text]
            : [node.__typename, node.name];
    citations.push({
      quote: properties.quote,
      fact: {
        kind: "node",
        key: node.id,
        node: { id: node.id, kind, label },
        note: properties.note,
      },
    });
  }
  // A relation's sources[i] is the article of its quotes[i].
  for (const r of relations) {
    r.sources.forEach((articleId, i) => {
      const quote = r.quotes[i];
      if (articleId !== article.id || quote === undefined) return;
      citations.push({
        quote,
        fact: {
          kind: "relation",
          key: r.factId ?? r.id,
          type: r.type,
          from: r.from,
          to: r.to,
          certainty: r.certainty,
        },
      });
    });
  }
  return citations;
}

function ArticleView({ article }: { article: Article }) {
  const [params] = useSearchParams();
  const related = useQuery(ArticleRelationsDocument);
  const quote = params.get("quote");
  const sentenceParam = params.get("sentence");
  const heading = useRef<HTMLHeadingElement>(null);
  const connection = related.data?.relationsConnection;
  const relations = useMemo(() => connection?.edges.map((edge) => edge.node), [connection]);
  const more = connection?.pageInfo.hasNextPage ?? false;
  const citations = useMemo(() => citationsOf(article, relations ?? []), [article, relations]);
  const { paragraphs } = useMemo(
    () => citeArticle(article.text, citations, quote),
    [article.text, citations, quote],
  );
  const sentences = paragraphs.flatMap((p) => p.sentences);
  // The selection: the sentence clicked, or those holding the quote the page was opened for.
  const selected = new Set(
    sentenceParam !== null
      ? [Number(sentenceParam)]
      : sentences.filter((s) => s.pieces.some((p) => p.focused)).map((s) => s.index),
  );
  const chosen = sentences.filter((s) => selected.has(s.index));
  const chosenCitations = [...new Set(chosen.flatMap((s) => s.citations))];
  const cited = sentences.filter((s) => s.citations.length > 0).length;
  // The figures wait for the relations (answered, or refused): a count of the node facts alone
  // would be replaced a moment later by another.
  const relationsIn = relations !== undefined || related.error !== undefined;
  const facts = countFacts(
    citations.map(({ fact }) =>
      fact.kind === "node"
        ? { kind: "node", key: fact.key, nodeKind: fact.node.kind }
        : { kind: "relation", key: fact.key },
    ),
  );

  // Opened for a quote: bring its sentence into view. A clicked sentence: move the focus to its
  // facts (screen readers follow; on a phone, the list is below the text).
  const first = chosen[0]?.index;
  useEffect(() => {
    if (first === undefined) return;
    if (sentenceParam === null) {
      document.querySelector(`[data-sentence="${first}"]`)?.scrollIntoView({ block: "center" });
    } else {
      heading.current?.focus({ preventScroll: window.matchMedia("(min-width: 900px)").matches });
    }
  }, [first, sentenceParam]);

  return (
    <article className="page article-page" data-article={article.id}>
      <header className="page-header">
        <p className="eyebrow">
          {article.publisher} · {article.publishedOn}
          {article.dateline && ` · ${article.dateline}`}
        </p>
        <h1>{article.title}</h1>
        <p className="description" data-facts={relationsIn ? facts.total : undefined}>
          {relationsIn ? (
            <>
              {cited} of its {sentences.length} sentences are cited by {describeFactCount(facts)}
              {related.error && (
                <>
                  {" "}
                  and by relations left out here (the API would not list them:{" "}
                  {related.error.message})
                </>
              )}
              {more && " and by relations on pages not read yet (More relations, below)"}: each
              highlighted sentence links to the facts it supports.
            </>
          ) : (
            "Counting the facts that cite it…"
          )}{" "}
          <Link to={timelinePath()}>Timeline</Link>
          {article.url && (
            <>
              {" · "}
              <a href={article.url} rel="noreferrer">
                original
              </a>
            </>
          )}
        </p>
      </header>
      <div className="article-layout">
        <ArticleText articleId={article.id} paragraphs={paragraphs} selected={selected} />
        <aside>
          <MoreButton
            label="More relations"
            hasMore={more}
            onMore={() =>
              related.fetchMore({ variables: { after: connection?.pageInfo.endCursor } })
            }
          />
          <CitingFacts
            headingRef={heading}
            citations={chosenCitations}
            sentence={
              chosen.length > 0
                ? chosen.map((s) => article.text.slice(s.start, s.end)).join(" ")
                : null
            }
          />
        </aside>
      </div>
    </article>
  );
}

/** An article's text with every sentence a fact cites highlighted, each linking to its facts. */
export function ArticlePage() {
  const { id = "" } = useParams();
  const { data, error, loading } = useQuery(ArticlePageDocument, { variables: { id } });
  usePageTitle(data?.article?.title);
  return (
    <QueryState
      data={data?.article}
      error={error}
      loading={loading}
      notFound={`No article has the id “${id}”.`}
    >
      {(article) => <ArticleView article={article} />}
    </QueryState>
  );
}
