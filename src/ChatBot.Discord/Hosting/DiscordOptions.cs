using System.ComponentModel.DataAnnotations;

namespace ChatBot.Discord.Hosting;

/// <summary>Settings of the Discord bot, bound from <see cref="SectionName"/>.</summary>
/// <remarks>
/// The token comes from the environment variable <c>ChatBot__Discord__Token</c>; this class has no
/// <c>ToString</c> override and no logger ever receives it, so the token cannot reach a log line.
/// </remarks>
public sealed class DiscordOptions : IValidatableObject
{
    public const string SectionName = "ChatBot:Discord";

    /// <summary>The bot token. Set it with the environment variable ChatBot__Discord__Token.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "ChatBot:Discord:Token is not set: put the bot token in the environment variable ChatBot__Discord__Token.")]
    public string Token { get; set; } = "";

    /// <summary>The application id; read from Discord (GET /oauth2/applications/@me) when empty.</summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "ChatBot:Discord:ApplicationId must be a numeric snowflake id.")]
    public string? ApplicationId { get; set; }

    /// <summary>Base URL of the REST API, including the version.</summary>
    [Required, Url(ErrorMessage = "ChatBot:Discord:RestBaseUrl must be an absolute http(s) URL such as https://discord.com/api/v10.")]
    public string RestBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>When set, commands are registered to this guild only (instant updates while developing).</summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "ChatBot:Discord:DevelopmentGuildId must be a numeric snowflake id.")]
    public string? DevelopmentGuildId { get; set; }

    /// <summary>Role ids whose members may run /reindex in addition to members with Manage Server.</summary>
    public List<string> AdminRoleIds { get; set; } = [];

    /// <summary>The shard this process runs; all recommended shards when empty.</summary>
    [Range(0, 65535, ErrorMessage = "ChatBot:Discord:ShardId must be between 0 and 65535.")]
    public int? ShardId { get; set; }

    /// <summary>The total number of shards; the count recommended by GET /gateway/bot when empty.</summary>
    [Range(1, 65536, ErrorMessage = "ChatBot:Discord:ShardCount must be between 1 and 65536.")]
    public int? ShardCount { get; set; }

    /// <summary>Seconds a user waits between two questions; 0 turns the cooldown off.</summary>
    [Range(0, 3600, ErrorMessage = "ChatBot:Discord:UserCooldownSeconds must be between 0 and 3600.")]
    public double UserCooldownSeconds { get; set; } = 5;

    /// <summary>Questions answered at the same time in one server (or one DM).</summary>
    [Range(1, 100, ErrorMessage = "ChatBot:Discord:MaxConcurrentAnswersPerGuild must be between 1 and 100.")]
    public int MaxConcurrentAnswersPerGuild { get; set; } = 3;

    /// <summary>Longest question accepted, in characters.</summary>
    [Range(1, 6000, ErrorMessage = "ChatBot:Discord:MaxQuestionLength must be between 1 and 6000.")]
    public int MaxQuestionLength { get; set; } = 500;

    /// <summary>How long an interaction waits for its answer before deferring; Discord allows 3 s in all.</summary>
    [Range(0, 2500, ErrorMessage = "ChatBot:Discord:ImmediateAnswerMilliseconds must be between 0 and 2500 (Discord needs a response within 3 s).")]
    public int ImmediateAnswerMilliseconds { get; set; } = 1500;

    /// <summary>The URL in the User-Agent header, "DiscordBot (url, version)".</summary>
    [Required, Url(ErrorMessage = "ChatBot:Discord:UserAgentUrl must be an absolute URL.")]
    public string UserAgentUrl { get; set; } = "https://github.com/chatbot-news/chatbot";

    /// <summary>Digests to post on a schedule: ChatBot:Discord:Digests:0:ChannelId, :Schedule, :Topic, :Sources.</summary>
    public List<Digests.DigestOptions> Digests { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Digests.Count; i++)
        {
            var digest = Digests[i];
            if (digest.ChannelId.Length is 0 or > 20 || !digest.ChannelId.All(char.IsAsciiDigit))
            {
                yield return new ValidationResult(
                    $"ChatBot:Discord:Digests:{i}:ChannelId must be a numeric channel id.", [nameof(Digests)]);
            }

            if (!ChatBot.Discord.Digests.DigestSchedule.TryParse(digest.Schedule, out _))
            {
                yield return new ValidationResult(
                    $"ChatBot:Discord:Digests:{i}:Schedule '{digest.Schedule}' must be \"daily HH:mm\" (UTC) or an interval such as \"every 6h\" (m, h or d).",
                    [nameof(Digests)]);
            }
        }

        if (ShardId is { } id && ShardCount is { } count && id >= count)
        {
            yield return new ValidationResult(
                $"ChatBot:Discord:ShardId ({id}) must be less than ChatBot:Discord:ShardCount ({count}).",
                [nameof(ShardId)]);
        }

        if (ShardId is not null && ShardCount is null)
        {
            yield return new ValidationResult(
                "ChatBot:Discord:ShardId needs ChatBot:Discord:ShardCount as well.", [nameof(ShardCount)]);
        }

        if (Token.Any(char.IsWhiteSpace))
        {
            yield return new ValidationResult(
                "ChatBot:Discord:Token contains whitespace: set ChatBot__Discord__Token to the bare token, without \"Bot \".",
                [nameof(Token)]);
        }

        foreach (var role in AdminRoleIds.Where(r => !r.All(char.IsAsciiDigit) || r.Length == 0))
        {
            yield return new ValidationResult(
                $"ChatBot:Discord:AdminRoleIds contains '{role}', which is not a numeric role id.", [nameof(AdminRoleIds)]);
        }
    }
}
