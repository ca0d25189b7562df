export declare function staticImports(code: string): string[];
export declare function followChunks(entry: string, read: (path: string) => string): string[];
