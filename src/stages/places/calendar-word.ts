// Month and day names, and feasts, that are capitalised like a place but never one ("May", "Sunday"). Read by
// the candidate filter and by the name finder (a run that reaches a day through "on" ends before it).
export const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)$/;
