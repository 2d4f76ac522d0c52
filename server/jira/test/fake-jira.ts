import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JiraFlavour } from '../../../shared/jira-schemas.ts';
import { type JiraContract, loadJiraContract } from './jira-openapi-contract.ts';

/**
 * A Jira test double at the HTTP level: a real server on loopback that answers the REST calls
 * the connector makes (Cloud v3, Data Center v2, Service Management), in Jira's documented
 * shapes. Every v3 request and answer is checked against Atlassian's OpenAPI description, and any
 * mismatch lands in `violations`. Faults (429, 503, 401, a timeout after the work was done) are
 * injected per call.
 */

export type FakeComment = {
  id: string;
  author: { accountId: string; displayName: string };
  body: unknown;
  created: string;
  updated: string;
  jsdPublic?: boolean;
  properties: { key: string; value: unknown }[];
};
export type FakeIssue = {
  id: string;
  key: string;
  fields: Record<string, unknown> & { labels: string[]; updated: string };
  comments: FakeComment[];
  attachments: { id: string; filename: string; mimeType: string; size: number }[];
};
export type RecordedRequest = { method: string; path: string; headers: IncomingMessage['headers']; body: unknown };
type Reply = { status: number; headers?: Record<string, string>; body?: unknown };
export type Fault = { method: string; path: RegExp; times?: number } & ({ reply: Reply } | { hangAfterHandling: true });
export type CreateField = {
  fieldId: string;
  key: string;
  name: string;
  required: boolean;
  hasDefaultValue: boolean;
  allowedValues?: { name: string }[];
  operations: string[];
};

const jiraTime = (date: Date) => date.toISOString().replace('Z', '+0000');

const DEFAULT_FIELDS: CreateField[] = [
  { fieldId: 'summary', key: 'summary', name: 'Summary', required: true, hasDefaultValue: false, operations: ['set'] },
  { fieldId: 'issuetype', key: 'issuetype', name: 'Issue Type', required: true, hasDefaultValue: false, operations: [] },
  { fieldId: 'project', key: 'project', name: 'Project', required: true, hasDefaultValue: false, operations: ['set'] },
  {
    fieldId: 'description',
    key: 'description',
    name: 'Description',
    required: false,
    hasDefaultValue: false,
    operations: ['set'],
  },
  {
    fieldId: 'labels',
    key: 'labels',
    name: 'Labels',
    required: false,
    hasDefaultValue: false,
    operations: ['add', 'set', 'remove'],
  },
  {
    fieldId: 'components',
    key: 'components',
    name: 'Components',
    required: false,
    hasDefaultValue: false,
    allowedValues: [{ name: 'CPIMS+' }, { name: 'GBVIMS+' }],
    operations: ['add', 'set', 'remove'],
  },
  {
    fieldId: 'priority',
    key: 'priority',
    name: 'Priority',
    required: false,
    hasDefaultValue: true,
    allowedValues: [{ name: 'Highest' }, { name: 'High' }, { name: 'Medium' }, { name: 'Low' }],
    operations: ['set'],
  },
];

function isAdfDoc(value: unknown): boolean {
  const doc = value as { type?: unknown; version?: unknown; content?: unknown };
  return Boolean(doc) && doc.type === 'doc' && doc.version === 1 && Array.isArray(doc.content);
}

async function readBody(request: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeJira(options: {
  flavour: JiraFlavour;
  email?: string;
  token: string;
  projectKey?: string;
  issueTypes?: string[];
  extraFields?: CreateField[];
  /** The most issues one search page returns, whatever maxResults asks. */
  searchPageSize?: number;
}) {
  const contract: JiraContract = loadJiraContract();
  const projectKey = options.projectKey ?? 'PRIM';
  const issueTypes = (options.issueTypes ?? ['Bug', 'Task']).map((name, index) => ({ id: String(10001 + index), name }));
  const fields = [...DEFAULT_FIELDS, ...(options.extraFields ?? [])];
  const issues = new Map<string, FakeIssue>();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const faults: Fault[] = [];
  const hanging: ServerResponse[] = [];
  let nextIssue = 1;
  let nextId = 10000;
  let base = '';

  const isV3 = (path: string) => path.startsWith('/rest/api/3/');
  const expectedAuth = options.email
    ? `Basic ${Buffer.from(`${options.email}:${options.token}`).toString('base64')}`
    : `Bearer ${options.token}`;

  const presentComment = (comment: FakeComment, withProperties: boolean) => {
    const { properties, ...rest } = comment;
    return {
      self: `${base}/rest/api/3/comment/${comment.id}`,
      ...rest,
      ...(withProperties ? { properties } : {}),
      ...(comment.jsdPublic === undefined ? {} : { jsdPublic: comment.jsdPublic }),
    };
  };

  const touch = (issue: FakeIssue) => {
    issue.fields.updated = jiraTime(new Date());
  };

  function createIssue(fieldValues: Record<string, unknown>): Reply {
    const project = (fieldValues.project as { key?: string } | undefined)?.key;
    if (project !== projectKey)
      return { status: 400, body: { errorMessages: [], errors: { project: 'valid project is required' } } };
    const type = issueTypes.find(
      (candidate) => candidate.name === (fieldValues.issuetype as { name?: string } | undefined)?.name,
    );
    if (!type) return { status: 400, body: { errorMessages: [], errors: { issuetype: 'Specify a valid issue type' } } };
    const missing = fields.filter(
      (field) => field.required && !field.hasDefaultValue && fieldValues[field.fieldId] === undefined,
    );
    if (missing.length > 0) {
      return {
        status: 400,
        body: {
          errorMessages: [],
          errors: Object.fromEntries(missing.map((field) => [field.fieldId, `${field.name} is required.`])),
        },
      };
    }
    const key = `${projectKey}-${nextIssue++}`;
    const id = String(nextId++);
    const now = jiraTime(new Date());
    issues.set(key, {
      id,
      key,
      fields: {
        ...fieldValues,
        labels: (fieldValues.labels as string[] | undefined) ?? [],
        status: { name: 'To Do', statusCategory: { key: 'new' } },
        fixVersions: [],
        created: now,
        updated: now,
      },
      comments: [],
      attachments: [],
    });
    return { status: 201, body: { id, key, self: `${base}/rest/api/3/issue/${id}` } };
  }

  /** The JQL the connector writes: labels (= or in), project, updated >= "-Nm". */
  function runJql(jql: string): FakeIssue[] {
    const project = jql.match(/project\s*=\s*"?([A-Z0-9_]+)"?/)?.[1];
    const oneLabel = jql.match(/labels\s*=\s*"([^"]+)"/)?.[1];
    const labelList = jql.match(/labels\s+in\s*\(([^)]*)\)/)?.[1];
    const labels = oneLabel ? [oneLabel] : labelList ? [...labelList.matchAll(/"([^"]+)"/g)].map((match) => match[1]) : null;
    const minutes = jql.match(/updated\s*>=\s*"-(\d+)m"/)?.[1];
    const since = minutes ? Date.now() - Number(minutes) * 60_000 : null;
    return [...issues.values()]
      .filter((issue) => !project || issue.key.startsWith(`${project}-`))
      .filter((issue) => !labels || issue.fields.labels.some((label) => labels.includes(label)))
      .filter((issue) => since === null || Date.parse(issue.fields.updated) >= since)
      .sort((a, b) => Date.parse(a.fields.updated) - Date.parse(b.fields.updated));
  }

  const pick = (issue: FakeIssue, wanted: string[] | undefined) => ({
    id: issue.id,
    key: issue.key,
    self: `${base}/rest/api/3/issue/${issue.id}`,
    fields: Object.fromEntries(Object.entries(issue.fields).filter(([name]) => !wanted || wanted.includes(name))),
  });

  function findIssue(idOrKey: string) {
    return issues.get(idOrKey) ?? [...issues.values()].find((issue) => issue.id === idOrKey) ?? null;
  }

  const notFoundIssue: Reply = {
    status: 404,
    body: { errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} },
  };

  async function route(method: string, url: URL, request: IncomingMessage, raw: Buffer): Promise<Reply> {
    const path = url.pathname;
    const json = () => (raw.length ? JSON.parse(raw.toString('utf8')) : undefined);
    if (request.headers.authorization !== expectedAuth) {
      return { status: 401, body: { errorMessages: ['Client must be authenticated to access this resource.'], errors: {} } };
    }
    let match = [] as unknown as RegExpMatchArray;
    const at = (pattern: RegExp) => {
      const found = path.match(pattern);
      if (found) match = found;
      return found !== null;
    };
    const api = '/rest/api/(?:2|3)';
    if (method === 'GET' && new RegExp(`^${api}/myself$`).test(path)) {
      return {
        status: 200,
        body: {
          self: `${base}/rest/api/3/user?accountId=5b10a2844c20165700ede21g`,
          accountId: '5b10a2844c20165700ede21g',
          accountType: 'atlassian',
          active: true,
          displayName: 'Support Hub Bot',
          emailAddress: options.email ?? 'bot@example.org',
          timeZone: 'UTC',
        },
      };
    }
    if (method === 'GET' && at(new RegExp(`^${api}/project/([^/]+)$`))) {
      if (match[1] !== projectKey)
        return { status: 404, body: { errorMessages: [`No project could be found with key '${match[1]}'.`], errors: {} } };
      return { status: 200, body: { self: `${base}/rest/api/3/project/10000`, id: '10000', key: projectKey, name: 'Primero' } };
    }
    if (method === 'GET' && at(new RegExp(`^${api}/issue/createmeta/([^/]+)/issuetypes$`))) {
      const list = issueTypes.map((type) => ({
        id: type.id,
        name: type.name,
        self: `${base}/rest/api/3/issuetype/${type.id}`,
        subtask: false,
        description: '',
        iconUrl: `${base}/icon.png`,
      }));
      return {
        status: 200,
        body: path.includes('/api/2/')
          ? { maxResults: 50, startAt: 0, total: list.length, isLast: true, values: list }
          : { maxResults: 50, startAt: 0, total: list.length, issueTypes: list },
      };
    }
    if (method === 'GET' && at(new RegExp(`^${api}/issue/createmeta/([^/]+)/issuetypes/([^/]+)$`))) {
      if (!issueTypes.some((type) => type.id === match[2]))
        return { status: 404, body: { errorMessages: ['Issue type not found'], errors: {} } };
      const described = fields.map((field) => ({
        ...field,
        schema: { type: ['labels', 'components'].includes(field.fieldId) ? 'array' : 'string', system: field.fieldId },
      }));
      return {
        status: 200,
        body: path.includes('/api/2/')
          ? { maxResults: 50, startAt: 0, total: fields.length, isLast: true, values: described }
          : { maxResults: 50, startAt: 0, total: fields.length, fields: described },
      };
    }
    if (method === 'POST' && new RegExp(`^${api}/issue$`).test(path)) {
      const body = json() as { fields?: Record<string, unknown> };
      const description = body.fields?.description;
      if (description !== undefined && (isV3(path) ? !isAdfDoc(description) : typeof description !== 'string')) {
        return {
          status: 400,
          body: {
            errorMessages: [],
            errors: {
              description: isV3(path)
                ? 'Operation value must be an Atlassian Document (see the Atlassian Document Format)'
                : 'Operation value must be a string',
            },
          },
        };
      }
      return createIssue(body.fields ?? {});
    }
    if (method === 'POST' && (path === '/rest/api/3/search/jql' || path === '/rest/api/2/search')) {
      const body = json() as { jql: string; fields?: string[]; maxResults?: number; nextPageToken?: string; startAt?: number };
      const found = runJql(body.jql);
      const size = Math.min(body.maxResults ?? 50, options.searchPageSize ?? 50);
      if (path.endsWith('/search')) {
        const startAt = body.startAt ?? 0;
        return {
          status: 200,
          body: {
            startAt,
            maxResults: size,
            total: found.length,
            issues: found.slice(startAt, startAt + size).map((issue) => pick(issue, body.fields)),
          },
        };
      }
      const offset = body.nextPageToken ? Number(Buffer.from(body.nextPageToken, 'base64url').toString()) : 0;
      const page = found.slice(offset, offset + size).map((issue) => pick(issue, body.fields));
      const isLast = offset + size >= found.length;
      return {
        status: 200,
        body: {
          issues: page,
          isLast,
          ...(isLast ? {} : { nextPageToken: Buffer.from(String(offset + size)).toString('base64url') }),
        },
      };
    }
    if (method === 'POST' && at(new RegExp(`^${api}/issue/([^/]+)/attachments$`))) {
      if (request.headers['x-atlassian-token'] !== 'no-check')
        return { status: 403, body: { errorMessages: ['XSRF check failed'], errors: {} } };
      const issue = findIssue(match[1]);
      if (!issue) return notFoundIssue;
      const form = await new Request('http://fake/upload', {
        method: 'POST',
        headers: { 'content-type': String(request.headers['content-type']) },
        body: new Uint8Array(raw),
      }).formData();
      const files = form.getAll('file').filter((part): part is File => typeof part !== 'string');
      if (files.length === 0 || [...form.keys()].some((name) => name !== 'file')) {
        return { status: 400, body: { errorMessages: ['The multipart part must be named file'], errors: {} } };
      }
      const stored = files.map((file) => ({ id: String(nextId++), filename: file.name, mimeType: file.type, size: file.size }));
      issue.attachments.push(...stored);
      touch(issue);
      return {
        status: 200,
        body: stored.map((file) => ({
          ...file,
          self: `${base}/rest/api/3/attachment/${file.id}`,
          created: jiraTime(new Date()),
        })),
      };
    }
    if (at(new RegExp(`^${api}/issue/([^/]+)/comment$`))) {
      const issue = findIssue(match[1]);
      if (!issue) return notFoundIssue;
      if (method === 'GET') {
        const startAt = Number(url.searchParams.get('startAt') ?? 0);
        const maxResults = Number(url.searchParams.get('maxResults') ?? 50);
        const withProperties = (url.searchParams.get('expand') ?? '').includes('properties');
        return {
          status: 200,
          body: {
            startAt,
            maxResults,
            total: issue.comments.length,
            comments: issue.comments
              .slice(startAt, startAt + maxResults)
              .map((comment) => presentComment(comment, withProperties)),
          },
        };
      }
      if (method === 'POST') {
        const body = json() as { body: unknown; properties?: { key: string; value: unknown }[] };
        if (isV3(path) ? !isAdfDoc(body.body) : typeof body.body !== 'string') {
          return {
            status: 400,
            body: { errorMessages: [], errors: { comment: 'Comment body is not valid for this API version' } },
          };
        }
        const comment = addComment(issue.key, { author: 'Support Hub Bot', body: body.body, properties: body.properties ?? [] });
        return { status: 201, body: presentComment(comment, false) };
      }
    }
    if (method === 'GET' && at(new RegExp(`^${api}/issue/([^/]+)/comment/([^/]+)$`))) {
      const comment = findIssue(match[1])?.comments.find((candidate) => candidate.id === match[2]);
      if (!comment)
        return { status: 404, body: { errorMessages: [`Can not find a comment for the id: ${match[2]}`], errors: {} } };
      return { status: 200, body: presentComment(comment, (url.searchParams.get('expand') ?? '').includes('properties')) };
    }
    if (method === 'GET' && at(new RegExp(`^${api}/issue/([^/]+)$`))) {
      const issue = findIssue(match[1]);
      if (!issue) return notFoundIssue;
      const wanted = url.searchParams.get('fields')?.split(',');
      return { status: 200, body: pick(issue, wanted) };
    }
    if (method === 'GET' && at(/^\/rest\/servicedeskapi\/servicedesk\/([^/]+)$/)) {
      if (match[1] !== '7') return { status: 404, body: { errorMessage: 'Service desk not found' } };
      return { status: 200, body: { id: '7', projectId: '10000', projectKey, projectName: 'Primero' } };
    }
    if (method === 'GET' && at(/^\/rest\/servicedeskapi\/servicedesk\/([^/]+)\/requesttype\/([^/]+)\/field$/)) {
      if (match[2] !== '25') return { status: 404, body: { errorMessage: 'Request type not found' } };
      return {
        status: 200,
        body: {
          canRaiseOnBehalfOf: false,
          canAddRequestParticipants: true,
          requestTypeFields: [
            { fieldId: 'summary', name: 'Summary', required: true },
            { fieldId: 'description', name: 'Description', required: false },
          ],
        },
      };
    }
    if (method === 'POST' && path === '/rest/servicedeskapi/request') {
      const body = json() as { serviceDeskId: string; requestTypeId: string; requestFieldValues: Record<string, unknown> };
      if (body.serviceDeskId !== '7' || body.requestTypeId !== '25')
        return { status: 400, body: { errorMessage: 'Unknown service desk or request type' } };
      const created = createIssue({
        ...body.requestFieldValues,
        project: { key: projectKey },
        issuetype: { name: issueTypes[0].name },
      });
      if (created.status !== 201) return created;
      const { id, key } = created.body as { id: string; key: string };
      return {
        status: 201,
        body: { issueId: id, issueKey: key, requestTypeId: body.requestTypeId, serviceDeskId: body.serviceDeskId },
      };
    }
    return { status: 404, body: { errorMessages: [`No fake for ${method} ${path}`], errors: {} } };
  }

  function addComment(
    issueKey: string,
    comment: { author: string; body: unknown; jsdPublic?: boolean; properties?: { key: string; value: unknown }[] },
  ) {
    const issue = issues.get(issueKey);
    if (!issue) throw new Error(`No issue ${issueKey}`);
    const now = jiraTime(new Date());
    const created: FakeComment = {
      id: String(nextId++),
      author: { accountId: `acc-${comment.author.replace(/\W/g, '')}`, displayName: comment.author },
      body: comment.body,
      created: now,
      updated: now,
      ...(comment.jsdPublic === undefined ? {} : { jsdPublic: comment.jsdPublic }),
      properties: comment.properties ?? [],
    };
    issue.comments.push(created);
    touch(issue);
    return created;
  }

  const server = createServer(async (request, response) => {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://fake');
    const raw = await readBody(request);
    const isJson = String(request.headers['content-type'] ?? '').includes('application/json');
    const body = isJson && raw.length ? JSON.parse(raw.toString('utf8')) : raw.length ? `<${raw.length} bytes>` : undefined;
    requests.push({ method, path: `${url.pathname}${url.search}`, headers: request.headers, body });
    if (isV3(url.pathname)) violations.push(...contract.checkRequest(method, url.pathname, isJson ? body : undefined));
    const faultIndex = faults.findIndex((fault) => fault.method === method && fault.path.test(url.pathname));
    const fault = faultIndex >= 0 ? faults[faultIndex] : null;
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) faults.splice(faultIndex, 1);
    }
    if (fault && 'reply' in fault) {
      response.writeHead(fault.reply.status, { 'content-type': 'application/json', ...fault.reply.headers });
      response.end(JSON.stringify(fault.reply.body ?? { errorMessages: ['Injected fault'], errors: {} }));
      return;
    }
    let reply: Reply;
    try {
      reply = await route(method, url, request, raw);
    } catch (error) {
      reply = { status: 500, body: { errorMessages: [String(error)], errors: {} } };
    }
    if (isV3(url.pathname)) violations.push(...contract.checkResponse(method, url.pathname, reply.status, reply.body));
    if (fault && 'hangAfterHandling' in fault) {
      // The work is done, but the answer never comes: the client times out.
      hanging.push(response);
      return;
    }
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    issues,
    requests,
    violations,
    inject: (fault: Fault) => faults.push(fault),
    addComment,
    editComment(issueKey: string, commentId: string, body: unknown) {
      const issue = issues.get(issueKey);
      const comment = issue?.comments.find((candidate) => candidate.id === commentId);
      if (!issue || !comment) throw new Error('no such comment');
      comment.body = body;
      comment.updated = jiraTime(new Date(Date.now() + 1000));
      touch(issue);
    },
    deleteComment(issueKey: string, commentId: string) {
      const issue = issues.get(issueKey);
      if (!issue) throw new Error('no such issue');
      issue.comments = issue.comments.filter((candidate) => candidate.id !== commentId);
      touch(issue);
    },
    setStatus(
      issueKey: string,
      name: string,
      category: 'new' | 'indeterminate' | 'done',
      fixVersion?: { name: string; released: boolean },
    ) {
      const issue = issues.get(issueKey);
      if (!issue) throw new Error('no such issue');
      issue.fields.status = { name, statusCategory: { key: category } };
      if (fixVersion) issue.fields.fixVersions = [fixVersion];
      touch(issue);
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeJira = Awaited<ReturnType<typeof startFakeJira>>;
