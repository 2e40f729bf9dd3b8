namespace ChatBot.Discord.Rendering;

/// <summary>URLs that may go inside a masked link: absolute http(s) only, with nothing that could end the link early.</summary>
internal static class Link
{
    public static string? Safe(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal);
    }
}
