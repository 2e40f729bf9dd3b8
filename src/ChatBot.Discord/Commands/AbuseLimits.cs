using System.Diagnostics.CodeAnalysis;
using System.Threading.RateLimiting;
using ChatBot.Core.Text;
using ChatBot.Discord.Hosting;
using Microsoft.Extensions.Options;

namespace ChatBot.Discord.Commands;

/// <summary>
/// Per-user cooldown and per-server concurrency for questions, with the friendly sentence to show when one
/// says no. (The cooldown's token bucket replenishes on the rate limiter's own timer, not the injected clock.)
/// </summary>
internal sealed class AbuseLimits : IDisposable
{
    public const string CooldownMessage = "You're asking quickly: please wait a few seconds before the next question.";
    public const string BusyMessage = "I'm answering several questions in this server right now; please try again in a moment.";

    private readonly PartitionedRateLimiter<string> _cooldown;
    private readonly PartitionedRateLimiter<string> _concurrency;
    private readonly int _maxQuestionLength;

    public AbuseLimits(IOptions<DiscordOptions> options)
    {
        var settings = options.Value;
        _maxQuestionLength = settings.MaxQuestionLength;
        var period = TimeSpan.FromSeconds(settings.UserCooldownSeconds);
        _cooldown = PartitionedRateLimiter.Create<string, string>(user => period <= TimeSpan.Zero
            ? RateLimitPartition.GetNoLimiter(user)
            : RateLimitPartition.GetTokenBucketLimiter(user, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));
        _concurrency = PartitionedRateLimiter.Create<string, string>(scope => RateLimitPartition.GetConcurrencyLimiter(
            scope, _ => new ConcurrencyLimiterOptions { PermitLimit = settings.MaxConcurrentAnswersPerGuild, QueueLimit = 0 }));
    }

    /// <summary>The refusal for a question that is empty or too long, or null when it is fine.</summary>
    public string? CheckQuestion(string? question) => question?.Trim() switch
    {
        null or "" => "Please ask a question, e.g. `/ask question: What happened?`",
        { Length: var length } when length > _maxQuestionLength =>
            $"Please keep questions under {_maxQuestionLength} characters (yours has {length}).",
        // The CLI's sentence: a question in a script the index does not read would otherwise be refused as unanswered.
        { } unread when QuestionTerms.IsOnlyUnreadScript(unread) => QuestionTerms.NoIndexableWords,
        _ => null,
    };

    /// <summary>
    /// Takes a turn for <paramref name="userId"/> in <paramref name="scopeId"/> (a guild, or the user's DM).
    /// The returned permit must be disposed when the answer is done.
    /// </summary>
    public bool TryEnter(string userId, string scopeId, [NotNullWhen(true)] out IDisposable? permit, [NotNullWhen(false)] out string? refusal)
    {
        permit = null;
        using (var turn = _cooldown.AttemptAcquire(userId))
        {
            if (!turn.IsAcquired)
            {
                refusal = CooldownMessage;
                return false;
            }
        }

        var lease = _concurrency.AttemptAcquire(scopeId);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            refusal = BusyMessage;
            return false;
        }

        permit = lease;
        refusal = null;
        return true;
    }

    public void Dispose()
    {
        _cooldown.Dispose();
        _concurrency.Dispose();
    }
}
