import type { ApiKeyInfo } from "../../auth/ApiKeyStore";
import { authorize } from "../../auth/authorize";
import type { Role } from "../../auth/Principal";
import type { GraphQLContext } from "../context";
import type { ApiKey, Resolvers, Role as RoleEnum } from "../generated/resolvers-types";

const toEnum = (role: Role): RoleEnum => role.toUpperCase() as RoleEnum;
const fromEnum = (role: RoleEnum): Role => role.toLowerCase() as Role;
const toApiKey = (key: ApiKeyInfo): ApiKey => ({ ...key, role: toEnum(key.role) });

/** The access plugin refused any non-admin already; checked again where the keys are touched. */
function asAdmin(context: GraphQLContext): void {
  authorize(context.principal, "admin", "send an admin's token");
}

export const accessResolvers: Resolvers = {
  Query: {
    viewer: (_root, _args, { principal }) => ({
      subject: principal.subject,
      role: principal.role ? toEnum(principal.role) : null,
      authenticatedBy: principal.via,
    }),
    apiKeys: async (_root, _args, context) => {
      asAdmin(context);
      return (await context.services.apiKeys.list()).map(toApiKey);
    },
  },
  Mutation: {
    createApiKey: async (_root, { name, role }, context) => {
      asAdmin(context);
      const { token, key } = await context.services.apiKeys.create({ name, role: fromEnum(role) });
      context.services.log.info(
        { key: key.id, role: key.role, by: context.principal.subject },
        "API key created",
      );
      return { token, key: toApiKey(key) };
    },
    revokeApiKey: async (_root, { id }, context) => {
      asAdmin(context);
      const revoked = await context.services.apiKeys.revoke(id);
      if (revoked) {
        context.services.log.info({ key: id, by: context.principal.subject }, "API key revoked");
      }
      return revoked;
    },
  },
};
