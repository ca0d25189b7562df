export declare function registeredParts(source: string): string[];
export declare function floorSource(parts: string[]): string;
export declare function baselineSource(parts: string[]): string;
