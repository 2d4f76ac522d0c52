import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * Atlassian's published OpenAPI description of Jira Cloud (REST v3), vendored in ./reference (Apache-2.0).
 * The fake Jira checks every v3 request the connector sends, and every answer it gives, against
 * it: a body real Jira would reject fails our suite.
 */
const SPEC_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'reference/jira-cloud-platform.openapi.v3.json');

type Operation = {
  requestBody?: { content?: Record<string, { schema?: object }> };
  responses: Record<string, { content?: Record<string, { schema?: object }> }>;
};
type Spec = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, object> } };

/** OpenAPI 3.0's `nullable: true` is JSON Schema's `type: [t, "null"]`. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/components/schemas/', 'jira#/definitions/');
    else out[key] = toJsonSchema(value);
  }
  if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

export type JiraContract = {
  /** The spec's path template matching a concrete v3 path, e.g. `/rest/api/3/issue/{issueIdOrKey}/comment`. */
  templateFor: (method: string, concretePath: string) => string | null;
  checkRequest: (method: string, concretePath: string, body: unknown) => string[];
  checkResponse: (method: string, concretePath: string, status: number, body: unknown) => string[];
};

export function loadJiraContract(): JiraContract {
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: 'jira', definitions: toJsonSchema(spec.components.schemas) as object });
  const templates = Object.keys(spec.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
    literalLength: template.replace(/\{[^}]+\}/g, '').length,
  }));
  const cache = new Map<object, ValidateFunction>();
  const validate = (schema: object | undefined, value: unknown, what: string) => {
    if (!schema) return [];
    let fn = cache.get(schema);
    if (!fn) {
      fn = ajv.compile(toJsonSchema(schema) as object);
      cache.set(schema, fn);
    }
    if (fn(value)) return [];
    return (fn.errors ?? []).map((error) => `${what}${error.instancePath} ${error.message}`);
  };
  const templateFor = (method: string, concretePath: string) => {
    const matches = templates
      .filter((entry) => entry.pattern.test(concretePath) && spec.paths[entry.template][method.toLowerCase()])
      .sort((a, b) => b.literalLength - a.literalLength);
    return matches[0]?.template ?? null;
  };
  return {
    templateFor,
    checkRequest: (method, concretePath, body) => {
      const template = templateFor(method, concretePath);
      if (!template) return [`${method} ${concretePath} is not an operation of the Jira REST API`];
      const schema = spec.paths[template][method.toLowerCase()].requestBody?.content?.['application/json']?.schema;
      return body === undefined ? [] : validate(schema, body, `${method} ${template} request`);
    },
    checkResponse: (method, concretePath, status, body) => {
      const template = templateFor(method, concretePath);
      if (!template) return [`${method} ${concretePath} is not an operation of the Jira REST API`];
      const response = spec.paths[template][method.toLowerCase()].responses[String(status)];
      if (!response) return status >= 400 ? [] : [`${method} ${template} never answers ${status}`];
      return validate(response.content?.['application/json']?.schema, body, `${method} ${template} ${status} response`);
    },
  };
}
