using System.Net;

namespace ChatBot.Discord.Rest;

/// <summary>Discord rejected the bot token (HTTP 401).</summary>
internal sealed class DiscordAuthenticationException(string route, string body)
    : DiscordRestException(HttpStatusCode.Unauthorized, route, body);
