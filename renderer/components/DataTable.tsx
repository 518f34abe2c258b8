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

/** An NL Design System table of records that scrolls sideways in a narrow window: its caption, one row of column headers, the rows. */
export function DataTable({ caption, showCaption = false, columns, className, children }: DataTableProps) {
  return (
    <div className="table-scroll">
      <table className={className ? `utrecht-table utrecht-table--html-table data-table ${className}` : 'utrecht-table utrecht-table--html-table data-table'}>
        <caption className={showCaption ? 'utrecht-table__caption' : 'utrecht-table__caption visually-hidden'}>{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column, index) => (
              <th scope="col" key={index} className="utrecht-table__header-cell">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
