using ChatBot.Core.Answering;

namespace ChatBot.Core.Summaries;

/// <summary>
/// Writes summaries: extractively (<see cref="Summarizer"/>), or by a model that falls back to it. The host
/// picks one when it composes the pipeline.
/// </summary>
public interface ISummaryStrategy
{
    /// <summary>Summarises what the request scopes.</summary>
    Task<Answer> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default);
}
