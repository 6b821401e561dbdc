import type { Command } from "../../src/catalogue/commands";
import type { Source } from "../../src/domain/source";
import type { ArticleBundle } from "../../src/seed/seedFolder";

/**
 * One article being written: a sentence per fact, each fact citing its own sentence, and the
 * text made of those sentences after a dateline.
 */
export class ArticleWriter {
  private readonly sentences: string[] = [];
  private readonly facts: ArticleBundle["facts"] = [];
  /** Facts this article has corroborated: one corroboration per fact and article. */
  readonly corroborated = new Set<string>();

  constructor(
    readonly articleId: string,
    readonly publishedOn: string,
    readonly publisher: { name: string; short: string },
    readonly dateline: string,
  ) {}

  get factCount(): number {
    return this.facts.length;
  }

  /** Adds the sentence to the text; the source a fact stated by it cites. */
  cite(sentence: string): Source {
    this.sentences.push(`${sentence}.`);
    return { articleId: this.articleId, quote: sentence };
  }

  add(command: Command): void {
    const kind = command.type.replace(
      /[A-Z]/g,
      (c, at: number) => (at ? "-" : "") + c.toLowerCase(),
    );
    this.facts.push({ factId: `${this.facts.length + 1}-${kind}`, command });
  }

  finish(title: string): ArticleBundle {
    const text = `${this.dateline.toUpperCase()} (${this.publisher.short}) — ${this.sentences.join(" ")}\n`;
    return {
      article: {
        type: "RegisterArticle",
        articleId: this.articleId,
        title,
        publisher: this.publisher.name,
        publishedOn: this.publishedOn,
        dateline: this.dateline,
        text,
      },
      facts: this.facts,
    };
  }
}
