import { z } from 'zod';
import { ZId } from '../../shared/schemas.ts';

export const ZArticleParams = z.object({ id: ZId.describe('Article id') });
