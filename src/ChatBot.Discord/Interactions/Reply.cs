using ChatBot.Discord.Rendering;

namespace ChatBot.Discord.Interactions;

/// <summary>What the bot answers: one or more messages, ephemeral (seen only by the asker) or not.</summary>
internal sealed record Reply
{
    public Reply(IReadOnlyList<RenderedMessage> messages, bool ephemeral = false)
    {
        Messages = messages.Count > 0 ? messages : [RenderedMessage.Text("(no answer)")];
        Ephemeral = ephemeral;
    }

    public IReadOnlyList<RenderedMessage> Messages { get; }

    public bool Ephemeral { get; }

    public static Reply Text(string text, bool ephemeral = false) => new([RenderedMessage.Text(text)], ephemeral);

    /// <summary>Plain text, split under the message limit.</summary>
    public static Reply LongText(string text, bool ephemeral = false) =>
        new([.. MessageSplitter.Split(text).Select(RenderedMessage.Text)], ephemeral);
}
