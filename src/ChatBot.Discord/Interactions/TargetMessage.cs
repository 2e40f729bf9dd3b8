namespace ChatBot.Discord.Interactions;

/// <summary>The message a message command was used on; its content arrives without the Message Content intent.</summary>
internal sealed record TargetMessage(string Id, string? ChannelId, string Content);
