using System.Security;
using System.Text;

namespace ChatBot.Core.Tests.Ingestion.Feeds;

/// <summary>Builds RSS 2.0 documents shaped like the specification's example.</summary>
internal static class FeedXml
{
    public static string Rss(IEnumerable<(string? Link, string Title)> items)
    {
        var xml = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0">
            <channel>
            <title>Loopback News</title>
            <link>http://127.0.0.1/</link>
            <description>Test feed</description>

            """);
        foreach (var (link, title) in items)
        {
            xml.Append("<item><title>").Append(SecurityElement.Escape(title)).Append("</title>");
            if (link is not null) xml.Append("<link>").Append(SecurityElement.Escape(link)).Append("</link>");
            xml.Append("<pubDate>Sun, 03 May 2026 08:00:00 GMT</pubDate></item>\n");
        }

        return xml.Append("</channel>\n</rss>\n").ToString();
    }
}
