namespace FactionGraph.Bench.Synthetic;

/// <summary>What happened between factions on a date; articles report these in many styles.</summary>
enum EventKind { Formed, Joined, Left, Fought, Allied }

/// <param name="Alliance">The alliance formed, joined or left; for Fought/Allied, the other faction.</param>
/// <param name="Members">The factions acting: founders, the one joining or leaving, or one side.</param>
sealed record WorldEvent(EventKind Kind, DateOnly Date, SyntheticFaction Alliance, IReadOnlyList<SyntheticFaction> Members);
