/**
 * OAuth client credentials for remote MCP servers, with the SDK's own providers: the authorization server is found
 * from the resource's metadata, a token is fetched before the first request, and the transport fetches a new one
 * when the server answers 401. The credentials and the tokens stay in the engine's memory.
 */
import { auth, discoverOAuthServerInfo, type OAuthClientProvider } from '@modelcontextprotocol/sdk/client/auth.js';
import { ClientCredentialsProvider, PrivateKeyJwtProvider } from '@modelcontextprotocol/sdk/client/auth-extensions.js';
import { OAuthError } from '@modelcontextprotocol/sdk/server/auth/errors.js';

import { firstLine, shorten } from '../../format.js';
import { CodeModeError, errorMessage } from '../errors.js';
import type { OAuthCredentials } from './config.js';

const CLIENT_NAME = 'codemode';

/**
 * A provider holding a server's credentials, bound to the authorization server its entry names, or else to the
 * one the resource's metadata names now; then a token, so that the first request carries it. Any failure is one
 * line that names the server.
 */
export async function authorizedProvider(server: string, url: URL, oauth: OAuthCredentials): Promise<OAuthClientProvider> {
  try {
    const expectedIssuer = oauth.issuer ?? (await discoverOAuthServerInfo(url)).authorizationServerUrl;
    const provider = credentialsProvider(oauth, expectedIssuer);
    await auth(provider, { serverUrl: url });
    return provider;
  } catch (error) {
    throw new CodeModeError(`MCP server ${server} could not get an OAuth token: ${shorten(firstLine(oauthErrorText(error)), 300)}`);
  }
}

function credentialsProvider(oauth: OAuthCredentials, expectedIssuer: string): OAuthClientProvider {
  const { clientId, clientSecret, privateKey, signingAlgorithm, scope } = oauth;
  const common = { clientId, clientName: CLIENT_NAME, expectedIssuer, ...(scope ? { scope } : {}) };
  if (privateKey !== undefined && signingAlgorithm !== undefined) {
    return new PrivateKeyJwtProvider({ ...common, privateKey, algorithm: signingAlgorithm });
  }
  return new ClientCredentialsProvider({ ...common, clientSecret: clientSecret ?? '' });
}

/** An OAuth error response as its code and description, anything else as its message. */
function oauthErrorText(error: unknown): string {
  if (error instanceof OAuthError) return `${error.errorCode}: ${error.message}`;
  return errorMessage(error);
}
