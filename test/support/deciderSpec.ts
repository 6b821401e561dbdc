import type { CommandOfType, CommandType } from "../../src/catalogue/commands";
import type { InMemoryFacts } from "../../src/catalogue/InMemoryFacts";
import type { DomainErrorKind } from "../../src/domain/DomainError";
import { expectRefused, givenFixture } from "./domainFixture";

/** A refusal to test: what is wrong, the changes that make the command so, and the error expected. */
export type Refusal<C> = readonly [
  what: string,
  changes: Partial<C>,
  kind: DomainErrorKind,
  field?: string,
  message?: RegExp,
];

/**
 * given / when / then for the decider of one command type, after emmett's DeciderSpecification:
 * given a log (the domain fixture's unless told), when a typical command with some fields changed,
 * then the events it appends or the error it is refused with.
 */
export function deciderSpec<T extends CommandType>(
  type: T,
  typical: Omit<CommandOfType<T>, "type">,
  given: () => InMemoryFacts = givenFixture,
) {
  /** The typical command with these fields changed. */
  const command = (changes: Partial<CommandOfType<T>> = {}): CommandOfType<T> =>
    ({ type, ...typical, ...changes }) as CommandOfType<T>;
  /** A test a refusal, within the calling describe: refused so, and nothing appended. */
  const itRefuses = (refusals: readonly Refusal<CommandOfType<T>>[]): void => {
    for (const [what, changes, kind, field, message] of refusals)
      it(`refuses ${what}`, () => {
        expectRefused(given(), command(changes), kind, field, message);
      });
  };
  return { command, itRefuses };
}
