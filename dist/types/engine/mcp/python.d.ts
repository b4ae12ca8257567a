import type { McpApiServer } from './api.js';
export declare function renderPythonMcp(api: readonly McpApiServer[]): string;
