import type { Command } from "../src/catalogue/commands";

export interface GraphQLOperation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * A command as the mutation a client sends for it: registerEntity(input: ...) for RegisterEntity,
 * and so on (schema/commands.graphql: each input holds the command's fields, without its type).
 */
export function commandMutation(command: Command): GraphQLOperation {
  const { type, ...input } = command;
  const field = `${type[0]!.toLowerCase()}${type.slice(1)}`;
  return {
    query: `mutation ${type}($input: ${type}Input!) { ${field}(input: $input) { receipt { positions } } }`,
    variables: { input },
  };
}
