export interface SizeCheck {
  name: string;
  path: string | string[];
  limit: string | number;
  gzip?: boolean;
}
export interface SizeRow {
  name: string;
  files: number;
  bytes: number;
  limit: number;
  missing: string[];
  pass: boolean;
}
export declare function parseLimit(value: string | number): number;
export declare function evaluate(checks: SizeCheck[], size: (path: string, check: SizeCheck) => number): SizeRow[];
