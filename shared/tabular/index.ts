export type { Column, ColumnType, MissingPolicy, NumericColumn, ReadOptions, ScanOptions, StringColumn, Table, TableFormat } from './types.js';
export { detectFormat, readColumnNames, readTable, scanTable, statedRowCount } from './read-table.js';
export type { BatchHandler } from './table-sink.js';
export { categorize, cellText, describeRow, getColumn, isNumericColumn, takeRows } from './table.js';
