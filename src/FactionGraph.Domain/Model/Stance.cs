namespace FactionGraph.Model;

/// <summary>How a sentence puts a claim.</summary>
public enum Stance
{
    /// <summary>The text states it as fact.</summary>
    Asserted,
    /// <summary>The text reports someone denying it.</summary>
    Denied,
    /// <summary>The text attributes it to a source ("according to activists").</summary>
    Reported,
}
