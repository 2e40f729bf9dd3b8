namespace ChatBot.Core.Ingestion.Pages;

/// <summary>Limits for fetching feeds and pages from the web.</summary>
public sealed class WebFetchOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ChatBot:Web";

    /// <summary>The user agent sent with every request; names the bot so site owners know who is asking.</summary>
    public string UserAgent { get; set; } = "ChatBot/1.0 (news question bot; +https://github.com/chatbot)";

    /// <summary>How long one request (including reading its body) may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Responses larger than this are refused (default 5 MB).</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most redirects followed for one request.</summary>
    public int MaxRedirects { get; set; } = 5;
}
