import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldError } from '../errors.ts';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
};

const problemType = (status: number) => `https://support-hub.dev/problems/${status}`;

/** Every error leaves as application/problem+json; validation failures list each field. */
export function registerProblemHandler(app: FastifyInstance, options: { spaIndex: string | null }) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let status = 500;
    let detail: string | undefined;
    let errors: FieldError[] | undefined;
    let extensions: Record<string, unknown> = {};
    if (error instanceof AppError) {
      status = error.status;
      detail = error.message;
      errors = error.errors;
      extensions = error.extensions;
      reply.headers(error.headers);
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      status = 400;
      const where = error.validationContext ?? 'body';
      errors = error.validation.map((issue) => ({
        field: issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || where,
        message: issue.message ?? 'is invalid',
      }));
      detail = `The ${where} is invalid: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`;
    } else if (error.statusCode && error.statusCode < 500) {
      status = error.statusCode;
      detail = error.message;
    } else {
      request.log.error({ err: error }, 'unhandled error');
      detail = 'Something went wrong on our side; it has been logged.';
    }
    reply
      .status(status)
      .type('application/problem+json')
      .send({
        ...extensions,
        type: problemType(status),
        title: TITLES[status] ?? 'Error',
        status,
        detail,
        ...(errors ? { errors } : {}),
      });
  });

  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/');
    if (isPage && options.spaIndex) return reply.type('text/html').sendFile(options.spaIndex);
    return reply
      .status(404)
      .type('application/problem+json')
      .send({
        type: problemType(404),
        title: 'Not found',
        status: 404,
        detail: `No route ${request.method} ${request.url.split('?')[0]}`,
      });
  });
}
