namespace ChatBot.Discord.Rest;

/// <summary>
/// A request's identity for rate limiting: <see cref="Key"/> is the method and path template (ids replaced),
/// <see cref="Major"/> the top-level resource (channel, guild, webhook or interaction) that Discord limits separately.
/// <see cref="Path"/> is what is sent. Interaction tokens sit in <see cref="Path"/> and <see cref="Major"/>,
/// so neither is ever logged; <see cref="Key"/> is safe to log.
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Key, string Major, string Path)
{
    public static RestRoute Get(string template, string path) => new(HttpMethod.Get, $"GET {template}", "", path);

    public static RestRoute Create(HttpMethod method, string template, string major, string path) =>
        new(method, $"{method.Method} {template}", major, path);
}
