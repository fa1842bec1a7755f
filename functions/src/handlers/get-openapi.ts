// Must stay the first import: see lib/esm-require.ts.
import '../lib/esm-require.ts';
import { httpHandler, json } from '../lib/http.ts';
import { logger } from '../lib/logger.ts';
import { buildOpenApiDocument } from '../openapi/document.ts';

// Built once per Lambda instance: the document only changes with a deployment.
const document = buildOpenApiDocument();

/** GET /v1/openapi.json: the API's OpenAPI 3.1 document; public, and cacheable for five minutes. */
export const handler = httpHandler(logger, async () => json(200, document, { cacheControl: 'public, max-age=300' }));
