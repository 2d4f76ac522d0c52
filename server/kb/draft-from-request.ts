import type { ModuleCode } from '../../shared/constants.ts';
import type { LoadedRequest } from '../requests/request-repository.ts';

const HEADINGS: Record<string, { problem: string; solution: string }> = {
  en: { problem: 'Problem', solution: 'Solution' },
  fr: { problem: 'Problème', solution: 'Solution' },
  es: { problem: 'Problema', solution: 'Solución' },
  pt: { problem: 'Problema', solution: 'Solução' },
  ar: { problem: 'المشكلة', solution: 'الحل' },
};

const TAG = /^[^\s,]+(?: [^\s,]+)*$/u;

export type ArticleDraft = { title: string; body: string; module: ModuleCode; language: string; tags: string[] };

/** "Turn into article": the request's summary, description and resolution as a Markdown draft, in its language. */
export function draftFromRequest(request: LoadedRequest): ArticleDraft {
  const headings = HEADINGS[request.language] ?? HEADINGS.en;
  const problem = request.description.trim() || request.summary;
  const solution = request.resolutionSummary?.trim() ?? '';
  const body = [`## ${headings.problem}`, '', problem, '', `## ${headings.solution}`, '', solution].join('\n').trim();
  const tags = [...new Set([request.category, ...request.tags].map((tag) => tag.trim().toLowerCase()))]
    .filter((tag) => TAG.test(tag) && tag.length <= 40)
    .slice(0, 20);
  return {
    title: request.summary.slice(0, 200),
    body: `${body}\n`,
    module: request.module as ModuleCode,
    language: HEADINGS[request.language] ? request.language : 'en',
    tags,
  };
}
