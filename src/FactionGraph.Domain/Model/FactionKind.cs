namespace FactionGraph.Model;

/// <summary>What sort of actor a faction is.</summary>
public enum FactionKind
{
    /// <summary>A coalition or operations room whose members are other factions.</summary>
    Alliance,
    /// <summary>An armed group.</summary>
    Group,
    /// <summary>A state's army, government or agency.</summary>
    StateActor,
    /// <summary>Anything else worth a node (for example a political body).</summary>
    Other,
}
