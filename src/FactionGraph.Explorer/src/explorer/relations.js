// What an edge means, in words, and how its evidence puts it: shared by the drawing, the list and the evidence panel.

const phrases = {
  MEMBER_OF: ['Member of', 'Members'],
  LEFT: ['Left', 'Left by'],
  MERGED_INTO: ['Merged into', 'Absorbed'],
  RENAMED_TO: ['Renamed to', 'Renamed from'],
  SPLIT_FROM: ['Split from', 'Splinter groups'],
  AFFILIATED_WITH: ['Affiliated with', 'Affiliates'],
  ALLIED_WITH: ['Allied with', 'Allied with'],
  FIGHTS_AGAINST: ['Fights against', 'Fought by'],
};

/** The heading of a group of relations, seen from the faction in focus ('outgoing': it is the source). */
export function groupTitle(type, direction) {
  const [outgoing, incoming] = phrases[type] ?? [type, type];
  return direction === 'outgoing' ? outgoing : incoming;
}

export const relationTypes = Object.keys(phrases);

/**
 * How the evidence puts an edge: 'denied' when nothing asserts it, 'contested' when some pieces assert and some deny,
 * 'reported' when it is only ever attributed to others, else 'asserted'.
 */
export function stanceOf(relation) {
  const asserting = relation.assertingCount ?? 0;
  const denying = relation.denyingCount ?? 0;
  const stances = (relation.evidence ?? []).map((e) => e.stance);
  if (asserting === 0 && denying > 0) return 'denied';
  if (denying > 0) return 'contested';
  if (stances.length > 0 && !stances.includes('ASSERTED')) return 'reported';
  return 'asserted';
}

/** "since 2015-03-26 until 2016-10-01", or nothing when no date is known. */
export function period(relation) {
  return [relation.since && `since ${relation.since}`, relation.until && `until ${relation.until}`].filter(Boolean).join(' ');
}
