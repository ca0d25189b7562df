export declare function staleReason(state: { inputs: Record<string, number>; outputs: Record<string, number | undefined>; missingTags?: string[] }): string;
export declare function modificationTimes(root: string, paths: string[]): Record<string, number>;
export declare function outputTimes(root: string, paths: string[]): Record<string, number | undefined>;
