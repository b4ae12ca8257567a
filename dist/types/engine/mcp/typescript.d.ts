import type { McpApiServer } from './api.js';
export declare function renderTypeScriptMcp(api: readonly McpApiServer[]): Promise<string>;
