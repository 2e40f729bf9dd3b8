using System.Net;

namespace ChatBot.Discord.Rest;

/// <summary>Discord answered a request with an error status.</summary>
internal class DiscordRestException(HttpStatusCode status, string route, string body)
    : Exception($"Discord answered {(int)status} to {route}: {body}")
{
    public HttpStatusCode Status { get; } = status;
}
