import { useEffect, useRef } from "react";
import * as echarts from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { CanvasRenderer } from "echarts/renderers";
import { downloadCsv, type DataTable } from "./csv";
import { yuan } from "./format";
import { useT } from "./i18n";

// only what the dashboard draws, bundled (no CDN); canvas renderer: no inline SVG styles for the CSP to refuse
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface ChartProps {
  id: string;
  title: string;
  table: DataTable | null;
  /** What went wrong reading its data (code and message) */
  error?: string | null;
  kind: "bar" | "stacked" | "line";
  /** The column naming each category (x axis) */
  categoryColumn: number;
  /** The columns drawn as series */
  valueColumns: number[];
  /** Values are yuan */
  money?: boolean;
  fileName: string;
}

export function Chart({ id, title, table, error, kind, categoryColumn, valueColumns, money, fileName }: ChartProps) {
  const t = useT();
  const element = useRef<HTMLDivElement>(null);
  const total = table ? table.rows.reduce((sum, row) => sum + valueColumns.reduce((s, c) => s + Number(row[c] ?? 0), 0), 0) : 0;

  useEffect(() => {
    if (!element.current || !table) return;
    const chart = echarts.init(element.current, undefined, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis", valueFormatter: money ? (v: unknown) => yuan(v as number) : undefined },
      legend: { type: "scroll", top: 0 },
      grid: { left: 64, right: 16, top: 40, bottom: 64 },
      xAxis: { type: "category", data: table.rows.map((row) => String(row[categoryColumn])), axisLabel: { rotate: table.rows.length > 8 ? 45 : 0 } },
      yAxis: { type: "value", axisLabel: money ? { formatter: (v: number) => (v >= 10_000 ? `${v / 10_000}万` : String(v)) } : {} },
      series: valueColumns.map((c) => ({
        name: table.columns[c],
        type: kind === "line" ? "line" : "bar",
        stack: kind === "stacked" ? "total" : undefined,
        data: table.rows.map((row) => row[c]),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.dispose();
    };
  }, [table, kind, categoryColumn, valueColumns, money]);

  return (
    <section className="chart" id={id} data-rows={table?.rows.length ?? 0} data-total={total} data-state={error ? "error" : table ? "ready" : "loading"}>
      <header>
        <h3>{title}</h3>
        <button type="button" className="csv" disabled={!table} onClick={() => table && downloadCsv(table, fileName)}>
          {t("downloadCsv")}
        </button>
      </header>
      {error ? <p className="error-box">{error}</p> : null}
      {!error && !table ? <p className="muted">{t("loading")}</p> : null}
      {table && !table.rows.length ? <p className="muted">{t("noData")}</p> : null}
      <div className="canvas" ref={element} />
    </section>
  );
}
