/** Every request carries the caller's token in the Authorization header, like any other client of the gateway. */
export interface GraphQLError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}
export interface GraphQLResponse<T = any> {
  status: number;
  data?: T | null;
  errors?: GraphQLError[];
}

/** Called when the gateway answers 401: the session is over (expired or revoked token). */
let onUnauthenticated: (error: GraphQLError) => void = () => {};
export const whenUnauthenticated = (handler: (error: GraphQLError) => void) => void (onUnauthenticated = handler);

type Operation = { query: string; variables?: Record<string, unknown> | null; operationName?: string | null };

/**
 * As a BI client does: a read the gateway refused as retryable (a subgraph busy or briefly down)
 * is asked again, twice, after a pause; any other answer stands.
 */
export async function graphql<T = any>(token: string, body: Operation, attempts = 3): Promise<GraphQLResponse<T>> {
  for (let attempt = 1; ; attempt++) {
    const response = await graphqlOnce<T>(token, body);
    const retryable = response.errors?.length && response.errors.every((e) => e.extensions?.retryable === true);
    if (!retryable || attempt >= attempts || /^\s*mutation\b/.test(body.query)) return response;
    await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
  }
}

async function graphqlOnce<T>(token: string, body: Operation): Promise<GraphQLResponse<T>> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
    credentials: "omit",
    cache: "no-store",
  });
  let payload: { data?: T; errors?: GraphQLError[] };
  try {
    payload = await res.json();
  } catch {
    payload = { errors: [{ message: `HTTP ${res.status} ${res.statusText}`, extensions: { code: `HTTP_${res.status}` } }] };
  }
  if (res.status === 401) onUnauthenticated(payload.errors?.[0] ?? { message: "unauthenticated", extensions: { code: "UNAUTHENTICATED" } });
  return { status: res.status, ...payload };
}

/** The first error as "CODE: message", or null. */
export const describeErrors = (errors: GraphQLError[] | undefined): string | null =>
  errors?.length ? errors.map((e) => `${e.extensions?.code ?? "ERROR"}: ${e.message}`).join("\n") : null;

/** Fails with the errors' code and message when the response has no data for what was asked. */
export function dataOrThrow<T>(response: GraphQLResponse<T>): T {
  if (!response.data || response.errors?.length) throw new Error(describeErrors(response.errors) ?? `HTTP ${response.status}`);
  return response.data;
}

export interface Session {
  sub: string;
  agency: string;
  region: string;
  roles: string[];
}

/** The gateway's own view of a token (it verifies the signature and expiry): the caller, or its refusal. */
export async function confirmSession(token: string): Promise<{ session?: Session; error?: GraphQLError }> {
  const res = await fetch("/console/session", { headers: { authorization: `Bearer ${token}` }, credentials: "omit", cache: "no-store" });
  const body = await res.json();
  return res.ok ? { session: body as Session } : { error: (body as { errors: GraphQLError[] }).errors?.[0] ?? { message: `HTTP ${res.status}` } };
}

export interface ConsoleSettings {
  devTokens: boolean;
  agencies: Array<{ agency: string; department: string }>;
}
export const consoleSettings = async (): Promise<ConsoleSettings> => (await fetch("/console/settings", { cache: "no-store" })).json();

export async function issueDevToken(agency: string, region: string): Promise<string> {
  const res = await fetch("/console/dev-token", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ agency, region }) });
  const body = await res.json();
  if (!res.ok) throw new Error(describeErrors(body.errors) ?? `HTTP ${res.status}`);
  return body.token as string;
}
