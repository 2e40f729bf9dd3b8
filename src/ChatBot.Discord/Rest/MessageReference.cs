namespace ChatBot.Discord.Rest;

/// <summary>Makes a message a reply to another.</summary>
internal sealed record MessageReference(string MessageId, string? ChannelId = null, string? GuildId = null, bool FailIfNotExists = false);
