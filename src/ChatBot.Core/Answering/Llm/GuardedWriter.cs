using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;

namespace ChatBot.Core.Answering.Llm;

/// <summary>
/// Asks the model for cited prose and passes the reply through <see cref="AnswerGuard"/>. When nothing verified
/// survives (or the reply is unreadable) it asks once more, listing what failed; when that fails too the result is
/// null and the caller answers extractively. Failures of the endpoint itself propagate.
/// </summary>
public sealed class GuardedWriter(Kernel kernel, LlmSettings settings, ILogger? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>
    /// Writes with <paramref name="template"/>; <paramref name="values"/> need not hold passages, format or failures.
    /// With <paramref name="search"/> the model may look for more passages once; what it finds counts as given.
    /// </summary>
    public async Task<GuardedText?> WriteAsync(
        string task,
        PromptTemplate template,
        IReadOnlyDictionary<string, string> values,
        IReadOnlyList<PromptPassage> passages,
        FollowUpSearch? search = null,
        CancellationToken cancellationToken = default)
    {
        var rendered = PassageFormatter.Format(passages, settings.ContextTokenBudget, out var included);
        search?.Begin(included);
        var all = new Dictionary<string, string>(values, StringComparer.Ordinal)
        {
            ["passages"] = rendered,
            ["format"] = settings.FormatInstructions,
            ["failures"] = "",
        };
        var first = await AttemptAsync(task, template, all, included, search, cancellationToken);
        if (first is { LostSupport: false }) return first;
        // A model that says the passages do not answer is not asked again: the extractive path decides.
        if (first is { Declined: true }) return null;

        LlmLog.Regenerating(_logger, task);
        all["failures"] = FailureList(first?.Failures ?? ["The reply was neither the JSON object nor the tagged form asked for."]);
        var second = await AttemptAsync(task, template, all, included, search, cancellationToken);
        if (second is { LostSupport: false }) return second;
        LlmLog.Unverifiable(_logger, task);
        return null;
    }

    private async Task<GuardedText?> AttemptAsync(string task, PromptTemplate template, Dictionary<string, string> values, IReadOnlyList<PromptPassage> passages, FollowUpSearch? search, CancellationToken cancellationToken)
    {
        var prompt = await template.RenderAsync(kernel, values, cancellationToken);
        LlmLog.Prompt(_logger, task, prompt.System, prompt.User);
        var reply = await LlmCall.CompleteAsync(kernel, prompt, settings, ReplySchema.Answer, search is null ? null : [search.Function], cancellationToken);
        LlmLog.Reply(_logger, task, reply);
        LlmReply parsed;
        try
        {
            parsed = LlmReplyParser.Parse(reply);
        }
        catch (FormatException)
        {
            return null;
        }

        if (!parsed.Answered) return new GuardedText("", [], parsed.Citations.Count, ["The model said the passages do not answer."]) { Declined = true };
        var guarded = AnswerGuard.Check(parsed, search is null ? passages : [.. passages, .. search.Found]);
        if (guarded.Failures.Count > 0) LlmLog.GuardRemoved(_logger, task, string.Join(" | ", guarded.Failures));
        return guarded;
    }

    private static string FailureList(IReadOnlyList<string> failures) =>
        "Your previous reply could not be used. Every citation must give the id of a sentence shown above, every " +
        "sentence needs a marker, and only the sentence ids above exist. What failed:\n- " + string.Join("\n- ", failures);
}
