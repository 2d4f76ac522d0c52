import { ATTACHMENT_TYPES } from '../../../../shared/constants.ts';
import { api } from '../../api/client.ts';
import type { TAttachment } from '../../api/types.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.join(',');

/** Why the server would refuse this file, checked before spending the upload. */
export function attachmentProblem(file: File): 'badType' | 'tooLarge' | null {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return 'badType';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'tooLarge';
  return null;
}

export const uploadAttachment = (requestId: string, file: File) =>
  api.upload<TAttachment>(`/api/requests/${requestId}/attachments`, file);
