import type { Key, ReactNode } from "react";

/** One column of a DataTable: its header and how a row fills its cell. */
export type TColumn<T> = {
  header: ReactNode;
  /** React key of the column; needed when `header` is not a string (e.g. columns made with map). */
  key?: string;
  cell: (row: T, index: number) => ReactNode;
  /** The cell names its row: `<th scope="row">` instead of `<td>`. */
  rowHeader?: boolean;
  /** Numbers line up on the right, header included. */
  numeric?: boolean;
  headerClassName?: string;
  className?: string | ((row: T, index: number) => string | undefined);
};

type Props<T> = {
  /** Always in the markup; sr-only unless `showCaption`. Also the label of the scroll region. */
  caption: string;
  showCaption?: boolean;
  /** `false` entries are left out, so a column can depend on a condition. */
  columns: readonly (TColumn<T> | false | null | undefined)[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => Key;
  /** Shown instead of the table when there are no rows; without it an empty table is shown. */
  empty?: string;
  emptyClassName?: string;
  /** Extra classes of the wrapper (margins, a max height). */
  className?: string;
  /**
   * A focusable, labelled scroll container, so keyboard users can scroll a wide table
   * (WCAG 2.1.1). Off: a plain overflow wrapper.
   */
  region?: boolean;
  /** Name of the scroll region; the caption when not given. */
  regionLabel?: string;
  /** Rows of a `<tfoot>`, e.g. totals. */
  footer?: ReactNode;
  /** Wider columns (pr-4 instead of pr-3). */
  wide?: boolean;
  /** Lower body rows (py-1 instead of py-2), for long lists. */
  compact?: boolean;
  rowAlign?: "top" | "middle";
};

const cx = (...parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join(" ");

/**
 * The data table of the app: column headers with `scope="col"`, optional row headers with
 * `scope="row"`, a caption for screen readers (or visible), inside a horizontal scroll wrapper.
 */
export function DataTable<T>({
  caption,
  showCaption,
  columns,
  rows,
  rowKey,
  empty,
  emptyClassName,
  className,
  region = true,
  regionLabel,
  footer,
  wide,
  compact,
  rowAlign = "top",
}: Props<T>) {
  if (empty !== undefined && rows.length === 0) return <p className={emptyClassName ?? className}>{empty}</p>;
  const cols = columns
    .filter((c): c is TColumn<T> => Boolean(c))
    .map((c, i) => ({ ...c, key: c.key ?? (typeof c.header === "string" ? c.header : String(i)) }));
  const pr = wide ? "pr-4" : "pr-3";
  const padding = (i: number, py: string) => cx(py, i < cols.length - 1 && pr);
  const regionProps = region ? { role: "region", tabIndex: 0, "aria-label": regionLabel ?? caption } : {};
  return (
    <div className={cx("overflow-x-auto", className)} {...regionProps}>
      <table className="w-full border-collapse text-left text-base">
        <caption className={showCaption ? "mb-2 text-left font-semibold" : "sr-only"}>{caption}</caption>
        <thead>
          <tr className="border-b-2 border-rijk-700">
            {cols.map((c, i) => (
              <th key={c.key} scope="col" className={cx(padding(i, "py-2"), c.numeric && "text-right", c.headerClassName)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={rowKey(row, r)} className={cx("border-b border-gray-300", rowAlign === "top" && "align-top")}>
              {cols.map((c, i) => {
                const extra = typeof c.className === "function" ? c.className(row, r) : c.className;
                const cls = cx(
                  padding(i, compact ? "py-1" : "py-2"),
                  c.numeric ? "text-right" : c.rowHeader && "text-left",
                  c.rowHeader && "font-normal",
                  extra,
                );
                return c.rowHeader ? (
                  <th key={c.key} scope="row" className={cls}>
                    {c.cell(row, r)}
                  </th>
                ) : (
                  <td key={c.key} className={cls}>
                    {c.cell(row, r)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        {footer ? <tfoot>{footer}</tfoot> : null}
      </table>
    </div>
  );
}
