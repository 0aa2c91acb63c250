/** A cell of a report: text, or a number. */
export type ReportCell = string | number;

const BOM = '\uFEFF';

/** One CSV field: quoted when it holds the separator, a quote or a line break. */
function field(cell: ReportCell): string {
  const text = typeof cell === 'number' ? String(cell).replace('.', ',') : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV as Dutch Excel opens it with a double-click: UTF-8 with a byte-order mark, `;` between
 * fields, a decimal comma, CRLF line ends (RFC 4180).
 */
export function toCsv(rows: readonly (readonly ReportCell[])[]): Buffer {
  return Buffer.from(BOM + rows.map((row) => row.map(field).join(';')).join('\r\n') + '\r\n', 'utf8');
}
