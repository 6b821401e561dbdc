/**
 * Who sends a request, as the service knows them after authentication. Roles are ordered: an
 * admin may do what a writer may, a writer what a reader may.
 */
export const ROLES = ["reader", "writer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /**
   * The authenticated subject, namespaced by how it was authenticated: `jwt:<issuer>|<sub>` for a
   * JWT, `apikey:<id>` for an API key (its public handle, no part of the token); `anonymous`
   * when none. The actor of the events its commands append.
   */
  subject: string;
  /** The highest role granted, or none (anonymous, or a token without a known role). */
  role: Role | undefined;
  via: "jwt" | "api-key" | "anonymous";
}

export const ANONYMOUS: Principal = Object.freeze({
  subject: "anonymous",
  role: undefined,
  via: "anonymous",
});

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** The highest known role among those given (unknown names are ignored). */
export function highestRole(names: readonly unknown[]): Role | undefined {
  let highest: Role | undefined;
  for (const name of names) {
    if (isRole(name) && (highest === undefined || ROLES.indexOf(name) > ROLES.indexOf(highest))) {
      highest = name;
    }
  }
  return highest;
}

/** Whether the principal holds `needed` or a role above it. */
export function mayActAs(principal: Principal, needed: Role): boolean {
  return principal.role !== undefined && ROLES.indexOf(principal.role) >= ROLES.indexOf(needed);
}
