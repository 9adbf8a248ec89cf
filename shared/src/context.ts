import type { EntityManager } from "@mikro-orm/postgresql";
import type { Identity } from "./identity";
import type { Loaders } from "./loaders";
import type { Peers } from "./peers";

/** What every resolver receives: the verified caller, a request-scoped EntityManager and loaders, and the clock. */
export interface Context {
  identity: Identity;
  em: EntityManager;
  loaders: Loaders;
  /** Signed calls to other agencies' subgraphs, for checks on facts they own. */
  peers: Peers;
  /** Injected so deadline and lateness rules can be tested with fixed clocks. */
  now(): Date;
  /** The mutation's idempotency key (signed by the gateway), handled by the kit's idempotencyPlugin; resolvers need not look. */
  idempotencyKey?: string;
  /** SHA-256 (hex) of the signed request body: what an idempotency key is bound to. */
  requestHash?: string;
}

/** Today's date in China Standard Time (UTC+8), the calendar the agencies' documents use. */
export const todayIn = (now: Date): string => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
