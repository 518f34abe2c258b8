import type { ReactNode } from 'react';

interface DataTableProps {
  /** The table's name; screen readers always get it, sighted users only when `showCaption`. */
  readonly caption: string;
  readonly showCaption?: boolean;
  /** The column headers, in order. */
  readonly columns: readonly ReactNode[];
  /** Classes added to "data-table", e.g. "data-table--compact". */
  readonly className?: string;
  /** The rows (<tr> elements). */
  readonly children: ReactNode;
}

/** A table of records that scrolls sideways in a narrow window: its caption, one row of column headers, the rows. */
export function DataTable({ caption, showCaption = false, columns, className, children }: DataTableProps) {
  return (
    <div className="table-scroll">
      <table className={className ? `data-table ${className}` : 'data-table'}>
        <caption className={showCaption ? undefined : 'visually-hidden'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
