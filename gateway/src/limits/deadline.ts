import type { ApolloGateway } from "@apollo/gateway";
import { refusal } from "./errors";

type Loaded = Awaited<ReturnType<ApolloGateway["load"]>>;
type Executor = NonNullable<Loaded["executor"]>;

/** The request's deadline (epoch ms) on the context; SignedDataSource bounds each subgraph call by it. */
export interface DeadlineContext {
  deadline?: number;
}

/**
 * An overall deadline on each operation (`EXECUTION_TIMEOUT_MS`): the query plan, all its subgraph
 * calls included, must finish within `timeoutMs` of the start of execution, or the caller gets
 * EXECUTION_TIMEOUT (HTTP 504) and no data. Subgraph calls still in flight are aborted at the
 * deadline, since every call's timeout is cut to it. A mutation that times out may still have been
 * written by its subgraph: the caller must read back before retrying.
 */
export function withExecutionDeadline(gateway: ApolloGateway, timeoutMs: number): Pick<ApolloGateway, "load" | "onSchemaLoadOrUpdate" | "stop"> {
  const deadlineExecutor = (execute: Executor): Executor => async (requestContext) => {
    const context = requestContext.context as DeadlineContext;
    context.deadline = Date.now() + timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<Awaited<ReturnType<Executor>>>((resolve) => {
      timer = setTimeout(
        () => resolve({ errors: [refusal("EXECUTION_TIMEOUT", `the operation did not finish within ${timeoutMs} ms`)] }),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([execute(requestContext), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    load: async (options) => {
      const loaded = await gateway.load(options);
      return { ...loaded, executor: loaded.executor && deadlineExecutor(loaded.executor) };
    },
    onSchemaLoadOrUpdate: (callback) => gateway.onSchemaLoadOrUpdate(callback),
    stop: () => gateway.stop(),
  };
}
