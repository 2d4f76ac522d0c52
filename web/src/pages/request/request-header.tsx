import type { THelpRequest } from '../../api/types.ts';
import { LevelBadge, StatusBadge, UrgencyBadge } from '../../components/badges.tsx';

export function RequestHeader({ request }: { request: THelpRequest }) {
  return (
    <header className="request-header">
      <p className="request-header__reference reference" data-testid="request-reference">
        {request.reference}
      </p>
      <h1 className="request-header__summary" dir="auto">
        {request.summary}
      </h1>
      <div className="badges">
        <StatusBadge status={request.status} testId="request-status" />
        <LevelBadge level={request.level} testId="request-level" />
        <UrgencyBadge urgency={request.urgency} testId="request-urgency" />
      </div>
    </header>
  );
}
