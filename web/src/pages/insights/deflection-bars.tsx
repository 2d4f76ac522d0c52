import { barLength } from './deflection-numbers.ts';

type Props = { label: string; deflection: number | null; levelOne: number | null };

/**
 * Two horizontal bars, 0–100 %: the deflection rate, and below it the share resolved at level 1.
 * Drawn left to right; CSS mirrors them when the page is right to left.
 */
export function DeflectionBars({ label, deflection, levelOne }: Props) {
  return (
    <svg className="deflection-bars" role="img" aria-label={label} viewBox="0 0 100 24" preserveAspectRatio="none">
      <rect className="deflection-bars__track" x="0" y="0" width="100" height="14" />
      <rect className="deflection-bars__deflection" x="0" y="0" width={barLength(deflection)} height="14" />
      <rect className="deflection-bars__track" x="0" y="17" width="100" height="7" />
      <rect className="deflection-bars__level-one" x="0" y="17" width={barLength(levelOne)} height="7" />
    </svg>
  );
}
