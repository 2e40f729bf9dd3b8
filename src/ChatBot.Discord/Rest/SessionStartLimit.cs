namespace ChatBot.Discord.Rest;

/// <summary>How many sessions may still be started, and how many identifies may run per 5 s.</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
