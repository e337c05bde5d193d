// Who runs this execution: in a trigger, the trigger's owner.
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail().trim().toLowerCase();
}
