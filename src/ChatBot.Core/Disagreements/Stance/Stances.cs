namespace ChatBot.Core.Disagreements.Stance;

/// <summary>What a story does with a claim.</summary>
public static class Stances
{
    /// <summary>States it as fact.</summary>
    public const string Asserts = "asserts";

    /// <summary>Says it is false: a hoax, fake, denied, debunked, or the claim's own verb negated.</summary>
    public const string Refutes = "refutes";

    /// <summary>Passes it on without endorsing it: "X claims", "reportedly", "rumours that".</summary>
    public const string Reports = "reports";
}
