import { useCallback, useState, type ComponentProps } from "react";
import { GraphiQL } from "graphiql";
import manifest from "../saved-operations.json";
import { describeErrors, graphql } from "./api";
import { useT } from "./i18n";

/** The saved operations: the same documents as the gateway's persisted operations for BI tools (one file). */
export interface SavedOperation {
  id: string;
  name: string;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
  variables: Record<string, unknown>;
  body: string;
}
type Fetcher = ComponentProps<typeof GraphiQL>["fetcher"];

// the manifest also holds the dashboard's own queries (`dashboard: true`): persisted for bound tokens, not offered here
export const SAVED_OPERATIONS = (manifest.operations as Array<SavedOperation & { dashboard?: boolean }>).filter((op) => !op.dashboard);

type Outcome = { ok: true; summary: string } | { ok: false; summary: string };

/** What a result holds, in one line: the number of items of each root field, or the errors' code and message. */
function outcomeOf(result: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> }): Outcome {
  const errors = describeErrors(result.errors);
  if (errors) return { ok: false, summary: errors };
  const parts = Object.entries(result.data ?? {}).map(([field, value]) => {
    const count = Array.isArray(value) ? value.length : (value as { totalCount?: number } | null)?.totalCount;
    return count === undefined ? field : `${field}: ${count}`;
  });
  return { ok: true, summary: parts.join(" · ") };
}

export function Explorer({ token }: { token: string }) {
  const t = useT();
  const [loaded, setLoaded] = useState<{ op: SavedOperation | null; generation: number }>({ op: null, generation: 0 });
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const fetcher: Fetcher = useCallback(
    async (params) => {
      const result = await graphql(token, { query: params.query, variables: params.variables ?? null, operationName: params.operationName ?? null }, 1); // what the person ran, once
      if (params.operationName !== "IntrospectionQuery") setOutcome(outcomeOf(result));
      const { status: _status, ...body } = result;
      return body as any;
    },
    [token],
  );

  return (
    <div className="explorer">
      <aside className="saved">
        <h2>{t("savedOperations")}</h2>
        <p className="muted">{t("loadHint")}</p>
        <ul>
          {SAVED_OPERATIONS.map((op) => (
            <li key={op.id}>
              <button
                type="button"
                data-operation={op.name}
                className={loaded.op?.id === op.id ? "active" : undefined}
                title={op.description.zh + "\n" + op.description.en}
                onClick={() => {
                  setOutcome(null);
                  setLoaded(({ generation }) => ({ op, generation: generation + 1 }));
                }}
              >
                <span className="zh">{op.title.zh}</span>
                <span className="en">{op.title.en}</span>
              </button>
            </li>
          ))}
        </ul>
      </aside>
      <main className="ide">
        <div id="outcome" className={outcome ? (outcome.ok ? "ok" : "failed") : "idle"} data-state={outcome ? (outcome.ok ? "ok" : "error") : "idle"}>
          {outcome ? `${outcome.ok ? t("ok") : t("error")}: ${outcome.summary}` : `${t("lastResult")}: —`}
        </div>
        <GraphiQL
          key={loaded.generation}
          fetcher={fetcher}
          query={loaded.op?.body}
          variables={loaded.op ? JSON.stringify(loaded.op.variables, null, 2) : undefined}
          storage={window.sessionStorage}
          isHeadersEditorEnabled={false}
          shouldPersistHeaders={false}
          defaultEditorToolsVisibility="variables"
          forcedTheme="light"
          defaultQuery={"# 在左侧选择常用查询，或在此输入 GraphQL 查询\n# Pick a saved operation on the left, or type a GraphQL query here\n{ inbox { agency region totalCount } }\n"}
        />
      </main>
    </div>
  );
}
