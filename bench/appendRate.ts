/**
 * npm run bench:append: how fast commands append (and project) events, against a baseline of
 * plain Neo4j writes measured in the same run on the same server. Prints events/s and ratios.
 */
import { CommandHandler } from "../src/commands/CommandHandler";
import { ingestArticle, type ArticleFact } from "../src/commands/ingestArticle";
import type { RegisterArticle } from "../src/domain/commands";
import { ENTITY_KINDS } from "../src/domain/nodeKinds";
import { emptyBenchDatabase, rate, withBenchNeo4j } from "./benchNeo4j";

const SINGLE = Number(process.env.BENCH_SINGLE || 300);
const BATCH = Number(process.env.BENCH_BATCH || 1000);
const text = "Alpha crew member. Beta module. Gamma agency. Delta vehicle.";
const article = (id: string): RegisterArticle => ({
  type: "RegisterArticle",
  articleId: id,
  title: "Bench",
  publisher: "Bench",
  publishedOn: "2024-01-01",
  text,
});

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

withBenchNeo4j(async (driver) => {
  const database = "neo4j";
  const handler = new CommandHandler(driver, database);
  const session = driver.session({ database });
  const rows: [string, number, string][] = [];
  try {
    // Warm-up: the first queries of a fresh server compile their plans.
    await handler.execute({ command: article("warm-up") });
    for (let i = 0; i < 30; i++) {
      await handler.execute({
        command: {
          type: "RegisterEntity",
          entityId: `warm-${i}`,
          kind: "Person",
          name: "W",
          source: { articleId: "warm-up", quote: "Alpha" },
        },
      });
    }
    await ingestArticle(
      handler,
      article("warm-up-batch"),
      Array.from({ length: 50 }, (_, i) => ({
        factId: `w${i}`,
        command: {
          type: "RegisterEntity" as const,
          entityId: `warm-batch-${i}`,
          kind: "Person",
          name: "W",
          source: { articleId: "warm-up-batch", quote: "Alpha" },
        },
      })),
    );
    await emptyBenchDatabase(driver);

    // Baseline 1: one small write transaction per event.
    const baseTx = await time(async () => {
      for (let i = 0; i < SINGLE; i++)
        await session.executeWrite((tx) => tx.run("CREATE (:BenchNode {i: $i, name: 'x'})", { i }));
    });
    const baseTxRate = rate(SINGLE, baseTx);
    rows.push(["baseline: one CREATE per write transaction", baseTxRate, "1.00"]);

    await handler.execute({ command: article("single") });
    const single = await time(async () => {
      for (let i = 0; i < SINGLE; i++) {
        await handler.execute({
          command: {
            type: "RegisterEntity",
            entityId: `single-${i}`,
            kind: ENTITY_KINDS[i % ENTITY_KINDS.length]!,
            name: `Entity ${i}`,
            source: { articleId: "single", quote: "Beta module" },
          },
        });
      }
    });
    const singleRate = rate(SINGLE, single);
    rows.push([
      "single commands (RegisterEntity), one after another",
      singleRate,
      (singleRate / baseTxRate).toFixed(2),
    ]);

    const concurrent = await time(() =>
      Promise.all(
        Array.from({ length: 4 }, (_, w) =>
          (async () => {
            for (let i = 0; i < SINGLE / 4; i++) {
              await handler.execute({
                command: {
                  type: "RegisterEntity",
                  entityId: `c${w}-${i}`,
                  kind: "Agency",
                  name: "C",
                  source: { articleId: "single", quote: "Gamma" },
                },
              });
            }
          })(),
        ),
      ),
    );
    const concurrentRate = rate(SINGLE, concurrent);
    rows.push([
      "single commands, 4 concurrent writers",
      concurrentRate,
      (concurrentRate / baseTxRate).toFixed(2),
    ]);

    // Baseline 2: the same number of nodes in one UNWIND transaction.
    const baseBatch = await time(() =>
      session.executeWrite((tx) =>
        tx.run("UNWIND range(1, $n) AS i CREATE (:BenchNode {i: i, name: 'x'})", { n: BATCH }),
      ),
    );
    const baseBatchRate = rate(BATCH, baseBatch);
    rows.push(["baseline: UNWIND CREATE in one transaction", baseBatchRate, "1.00"]);

    // A third people, a third agencies, a third links between consecutive agencies.
    const third = Math.floor(BATCH / 3);
    const source = (quote: string) => ({ articleId: "batch", quote });
    const facts: ArticleFact[] = [
      ...Array.from({ length: third }, (_, i): ArticleFact => ({
        factId: `p${i}`,
        command: {
          type: "RegisterEntity",
          entityId: `p${i}`,
          kind: "Person",
          name: `Person ${i}`,
          source: source("Alpha crew member"),
        },
      })),
      ...Array.from({ length: third + 1 }, (_, i): ArticleFact => ({
        factId: `a${i}`,
        command: {
          type: "RegisterEntity",
          entityId: `a${i}`,
          kind: "Agency",
          name: `Agency ${i}`,
          source: source("Gamma agency"),
        },
      })),
      ...Array.from({ length: third }, (_, i): ArticleFact => ({
        factId: `l${i}`,
        command: {
          type: "LinkEntities",
          relation: "COOPERATES_WITH",
          from: `a${i}`,
          to: `a${i + 1}`,
          source: source("Gamma agency"),
        },
      })),
    ];
    let appended = 0;
    const batch = await time(async () => {
      appended = (await ingestArticle(handler, article("batch"), facts)).appendedEvents;
    });
    const batchRate = rate(appended, batch);
    rows.push([
      `batched ingestion: one article, ${appended} events in one transaction`,
      batchRate,
      (batchRate / baseBatchRate).toFixed(3),
    ]);
  } finally {
    await session.close();
  }
  console.log("\nappend rates (events/s; ratio to the baseline above it, same server, same run)");
  for (const [what, eventsPerSecond, ratio] of rows) {
    console.log(
      `${eventsPerSecond.toFixed(0).padStart(9)} /s  ratio ${ratio.padStart(5)}  ${what}`,
    );
  }
}).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
