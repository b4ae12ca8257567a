// Stands in for undici where the GitHub toolkit imports it (@actions/http-client, @actions/github), so that undici
// is evaluated when the first request or proxy needs it rather than at start: an event the action ignores, or
// inputs it refuses, never pay for it.

/** @type {typeof import('undici') | undefined} */
let undici;
/** undici, evaluated on the first call: the bundler bundles what `require` names, and runs it when it is called. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loaded = () => (undici ??= require('undici'));

/**
 * Called with `new`, as the toolkit does: the object built is undici's own ProxyAgent.
 * @param {ConstructorParameters<typeof import('undici').ProxyAgent>} options
 */
function ProxyAgent(...options) {
  return new (loaded().ProxyAgent)(...options);
}

/** @param {Parameters<typeof import('undici').fetch>} request */
function fetch(...request) {
  return loaded().fetch(...request);
}

module.exports = { ProxyAgent, fetch };
