import { describe, expect, it } from 'vitest';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.ts';

const SECRET = 'x'.repeat(40);
const USER = '3f2a9c1b-0000-4000-8000-000000000042';

describe('[MAIL]: unsubscribe tokens', () => {
  it('verifies what it signed', () => {
    const token = signUnsubscribeToken(SECRET, { userId: USER, kind: 'request_comment' });
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ userId: USER, kind: 'request_comment' });
    expect(verifyUnsubscribeToken(SECRET, signUnsubscribeToken(SECRET, { userId: USER, kind: 'digest' }))).toEqual({
      userId: USER,
      kind: 'digest',
    });
  });

  it('refuses a tampered, foreign or malformed token', () => {
    const token = signUnsubscribeToken(SECRET, { userId: USER, kind: 'request_comment' });
    const [, , signature] = token.split('.');
    const other = '3f2a9c1b-0000-4000-8000-000000000043';
    expect(verifyUnsubscribeToken(SECRET, `${other}.request_comment.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${USER}.topic_reply.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${token}x`)).toBeNull();
    expect(verifyUnsubscribeToken('y'.repeat(40), token)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${USER}.everything.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${token}.extra`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, '')).toBeNull();
  });
});
