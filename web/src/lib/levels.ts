import type { Level } from '../api/types.ts';

export const levelAbove = (level: Level): Level | null => (level === 1 ? 2 : level === 2 ? 3 : null);
export const levelBelow = (level: Level): Level | null => (level === 3 ? 2 : level === 2 ? 1 : null);
