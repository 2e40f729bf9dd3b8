using System.ComponentModel.DataAnnotations;

namespace ChatBot.Core.Ingestion.Pages;

/// <summary>Limits for fetching feeds and pages from the web.</summary>
public sealed class WebFetchOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "ChatBot:Web";

    /// <summary>The user agent sent with every request; names the bot so site owners know who is asking.</summary>
    [Required(ErrorMessage = "ChatBot:Web:UserAgent is required.")]
    public string UserAgent { get; set; } = "ChatBot/1.0 (news question bot; +https://github.com/chatbot)";

    /// <summary>How long one request (including reading its body) may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00", ErrorMessage = "ChatBot:Web:Timeout must be between 00:00:00.050 and 00:10:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Responses larger than this are refused (default 5 MB).</summary>
    [Range(1024L, long.MaxValue, ErrorMessage = "ChatBot:Web:MaxBytes must be at least 1024.")]
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// When a feed has changed, its unchanged items are still fetched again once their page is this old, so a
    /// story revised in place (same feed entry) is noticed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "ChatBot:Web:FeedItemRefresh must be between 00:01:00 and 30.00:00:00.")]
    public TimeSpan FeedItemRefresh { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Most redirects followed for one request.</summary>
    [Range(0, 20, ErrorMessage = "ChatBot:Web:MaxRedirects must be between 0 and 20.")]
    public int MaxRedirects { get; set; } = 5;
}
