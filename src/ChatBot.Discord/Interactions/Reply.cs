namespace ChatBot.Discord.Interactions;

/// <summary>What the bot answers: one or more messages, ephemeral (seen only by the asker) or not.</summary>
internal sealed record Reply
{
    public Reply(IReadOnlyList<string> messages, bool ephemeral = false)
    {
        Messages = messages.Count > 0 ? messages : ["(no answer)"];
        Ephemeral = ephemeral;
    }

    public IReadOnlyList<string> Messages { get; }

    public bool Ephemeral { get; }

    public static Reply Text(string text, bool ephemeral = false) => new([text], ephemeral);

    /// <summary>Shown when answering failed, so no interaction is left without a response.</summary>
    public static Reply Apology { get; } = Text("Sorry, something went wrong while answering. Please try again in a moment.", ephemeral: true);
}
