// Delimited text (CSV or TSV) as rows of cells, and header names matched loosely.
import { dsvFormat } from 'd3-dsv';

export type Delimiter = ',' | '\t';

/** Tab-separated when the first line has more tabs than commas. */
export function guessDelimiter(text: string): Delimiter {
	const line = firstLine(text);
	return (line.match(/\t/g)?.length ?? 0) > (line.match(/,/g)?.length ?? 0) ? '\t' : ',';
}

/** The cells of the first row (the header), parsed as the delimiter says. */
export function headerOf(text: string, delimiter: Delimiter): string[] {
	return dsvFormat(delimiter).parseRows(firstLine(text))[0] ?? [];
}

export function parseTable(text: string, delimiter: Delimiter): string[][] {
	return dsvFormat(delimiter).parseRows(text);
}

/** "Source 2 Publisher", "source_2_publisher" and " SOURCE 2  publisher" all become `source_2_publisher`. */
export function headerKey(cell: string): string {
	return cell.trim().toLowerCase().replace(/[\s_]+/g, '_');
}

export function isBlank(row: readonly string[]): boolean {
	return row.every((cell) => cell.trim() === '');
}

/** Spreadsheet numbering: the header is row 1, so `rows[i]` is row i + 1. */
export function rowName(index: number): string {
	return `row ${index + 1}`;
}

function firstLine(text: string): string {
	const end = text.search(/\r?\n|\r/);
	return end === -1 ? text : text.slice(0, end);
}
