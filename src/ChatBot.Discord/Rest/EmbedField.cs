namespace ChatBot.Discord.Rest;

/// <summary>One field of an embed; inline fields sit side by side (up to three a row).</summary>
internal sealed record EmbedField(string Name, string Value, bool Inline = false);
