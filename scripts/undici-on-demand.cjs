// Stands in for undici where the GitHub toolkit imports it (@actions/http-client, @actions/github), so that undici
// is evaluated only when a proxy needs it rather than at start. Without a proxy, requests go through Node's own
// fetch, the one Octokit uses by default; with one, through the toolkit's ProxyAgent and undici's fetch, as before.

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

/**
 * @param {Parameters<typeof globalThis.fetch>[0]} input
 * @param {(RequestInit & { dispatcher?: unknown }) | undefined} init
 */
function fetch(input, init) {
  return init?.dispatcher ? loaded().fetch(/** @type {never} */ (input), /** @type {never} */ (init)) : globalThis.fetch(input, init);
}

module.exports = { ProxyAgent, fetch };
