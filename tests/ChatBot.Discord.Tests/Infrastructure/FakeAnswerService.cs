using ChatBot.Core.Answering;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>An answer service that returns what the test says, optionally after a gate opens.</summary>
internal sealed class FakeAnswerService : IAnswerService
{
    public Func<string, Answer> Answer { get; set; } = q => Answers.Simple(q);

    /// <summary>When set, answers wait until it completes.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public Exception? Failure { get; set; }

    public RequestRecorder<string> Questions { get; } = new();

    public RequestRecorder<SummaryRequest> Summaries { get; } = new();

    /// <summary>The restrictions each question came with (null when none).</summary>
    public RequestRecorder<AskOptions?> Restrictions { get; } = new();

    public async Task<Answer> AskAsync(string question, AskOptions? options = null, CancellationToken cancellationToken = default)
    {
        Restrictions.Add(options);
        Questions.Add(question);
        return await ProduceAsync(question, cancellationToken);
    }

    public async Task<Answer> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken = default)
    {
        Summaries.Add(request);
        return await ProduceAsync(request.Topic ?? "", cancellationToken);
    }

    private async Task<Answer> ProduceAsync(string question, CancellationToken cancellationToken)
    {
        if (Gate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (Failure is { } failure)
        {
            throw failure;
        }

        return Answer(question);
    }
}
