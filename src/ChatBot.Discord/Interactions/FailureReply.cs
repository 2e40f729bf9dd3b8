using ChatBot.Core.Index;

namespace ChatBot.Discord.Interactions;

/// <summary>
/// What a user is told when answering failed: the cause when it is known (the index could not be reached, as the
/// CLI says it), a generic apology only when it is not. An unavailable model is not a failure here: Core answers
/// extractively then, with a notice line the answer carries.
/// </summary>
internal static class FailureReply
{
    public const string Apology = "Sorry, something went wrong while answering. Please try again in a moment.";

    /// <summary>The cause's sentence when it is known; else <paramref name="unknown"/> (the apology unless a command says otherwise).</summary>
    public static string TextFor(Exception failure, string unknown = Apology) => failure switch
    {
        IndexUnavailableException => IndexUnavailableException.UserMessage,
        AggregateException { InnerExceptions: [var inner] } => TextFor(inner, unknown),
        _ => unknown,
    };

    public static Reply For(Exception failure) => Reply.Text(TextFor(failure), ephemeral: true);
}
