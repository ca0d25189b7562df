export declare function widgetPage(options: { tag: string; script: string; css: string }): string;
export declare function baselinePage(options: { script: string; spec: { labels: string[]; values: number[]; colors: unknown; width: number; height: number } }): string;
export declare function articlePage(options: { tags: string[]; count: number; script: string; css: string }): string;
