// How well established an event is. A plain list (the schema builds its enum from it), so that code which only
// needs the names does not load the validator.
export const STATUSES = ['confirmed', 'reported', 'alleged', 'disputed', 'denied'] as const;
export type Status = (typeof STATUSES)[number];
