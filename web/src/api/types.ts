/** The shared API contract, re-exported so pages need one short import path. */

export type {
  Category,
  Channel,
  L3State,
  Level,
  ModuleCode,
  Role,
  Status,
  TimelineEventType,
  Urgency,
} from '../../../shared/constants.ts';
export type {
  TAttachment,
  TCreateHelpRequest,
  TDossier,
  TEscalationRequest,
  TGlobalAbilities,
  THelpRequest,
  THelpRequestSummary,
  TListHelpRequestsResponse,
  TMe,
  TProblem,
  TRequestAbilities,
  TRoute,
  TSite,
  TSiteInput,
  TTimelineEvent,
  TUpdateHelpRequest,
  TUser,
  TUserInput,
  TVendorTeam,
} from '../../../shared/schemas.ts';
