namespace ChatBot.Core.Answering;

/// <summary>
/// The one entry point the CLI, the Discord bot and eval share: a question in, a structured answer out.
/// </summary>
public interface IAnswerService
{
    /// <summary>Answers a question from the indexed stories, or refuses when they do not say.</summary>
    Task<Answer> AskAsync(string question, AskOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Summarises the coverage of a topic (all stories when the topic is empty): what happened, then where outlets disagree.</summary>
    Task<Answer> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Optional restrictions on a question.</summary>
public sealed record AskOptions(IReadOnlyList<string>? Outlets = null, DateTimeOffset? Since = null);

/// <summary>What to summarise.</summary>
/// <param name="Topic">Free text; empty means everything.</param>
/// <param name="SourceId">Only this story (or outlet name), when set.</param>
/// <param name="Since">Only stories published on or after this instant, when set.</param>
public sealed record SummaryRequest(string? Topic = null, string? SourceId = null, DateTimeOffset? Since = null);
