import { mutationName } from "../../src/catalogue/Catalogue";
import type { ArticleBundle } from "../../src/seed/seedFolder";

/** A seed folder's article and facts as the ingestArticle mutation takes them. */
export function articleInput(bundle: ArticleBundle) {
  const { type: _type, ...article } = bundle.article;
  return {
    article,
    facts: bundle.facts.map(({ factId, command }) => {
      const { type, ...fields } = command;
      return { factId, [mutationName(type)]: fields };
    }),
  };
}
