using System.Diagnostics;
using System.Text;
using ChatBot.Core.Ingestion.Feeds;

namespace ChatBot.Core.Tests.Ingestion.Feeds;

public class FeedParserTests
{
    private static readonly Uri FeedUri = new("https://news.example/feeds/world.xml");

    [Fact]
    public void Reads_rss_2_items_with_links_titles_and_dates()
    {
        const string rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
              <channel>
                <title>Example News: World</title>
                <link>https://news.example/</link>
                <atom:link href="https://news.example/feeds/world.xml" rel="self" type="application/rss+xml"/>
                <item>
                  <title>Flood waters rise</title>
                  <link>https://news.example/world/flood</link>
                  <guid isPermaLink="true">https://news.example/world/flood</guid>
                  <pubDate>Sun, 03 May 2026 08:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Summary&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Relative link</title>
                  <link>/world/relative</link>
                </item>
                <item>
                  <title>Only a guid</title>
                  <guid>https://news.example/world/guid-only</guid>
                </item>
              </channel>
            </rss>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(rss), FeedUri);

        Assert.Equal("Example News: World", feed.Title);
        Assert.Equal(["https://news.example/world/flood", "https://news.example/world/relative", "https://news.example/world/guid-only"], feed.Items.Select(i => i.Link));
        Assert.Equal("Flood waters rise", feed.Items[0].Title);
        Assert.Equal(new DateTimeOffset(2026, 5, 3, 8, 0, 0, TimeSpan.Zero), feed.Items[0].Published);
    }

    [Fact]
    public void Reads_atom_entries_with_their_alternate_links()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Example Atom</title>
              <link href="https://news.example/" />
              <updated>2026-05-03T12:00:00Z</updated>
              <entry>
                <title>Council passes budget</title>
                <link rel="alternate" type="text/html" href="https://news.example/local/budget"/>
                <link rel="edit" href="https://news.example/edit/1"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <published>2026-05-02T09:00:00Z</published>
                <updated>2026-05-03T10:00:00Z</updated>
              </entry>
            </feed>
            """;

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(atom), FeedUri);

        var entry = Assert.Single(feed.Items);
        Assert.Equal("Example Atom", feed.Title);
        Assert.Equal("https://news.example/local/budget", entry.Link);
        Assert.Equal(new DateTimeOffset(2026, 5, 2, 9, 0, 0, TimeSpan.Zero), entry.Published);
    }

    [Fact]
    public void An_atom_title_with_xhtml_markup_is_read_as_its_text()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
              <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Flood <b>warning</b> lifted</div></title>
                <link href="https://news.example/flood"/><id>1</id><updated>2026-05-03T10:00:00Z</updated></entry>
            </feed>
            """;

        var entry = Assert.Single(FeedParser.Parse(Encoding.UTF8.GetBytes(atom), FeedUri).Items);

        Assert.Equal("Flood warning lifted", entry.Title);
        Assert.Equal("https://news.example/flood", entry.Link);
    }

    [Fact]
    public void An_item_right_after_the_channel_title_is_not_skipped()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("<rss><channel><title>T</title><item><link>https://a.example/1</link></item><item><link>https://a.example/2</link></item></channel></rss>"), FeedUri);

        Assert.Equal("T", feed.Title);
        Assert.Equal(["https://a.example/1", "https://a.example/2"], feed.Items.Select(i => i.Link));
    }

    [Fact]
    public void An_item_whose_date_changes_gets_a_new_fingerprint()
    {
        static string Feed(string date) => $"<rss version=\"2.0\"><channel><item><link>https://a.example/x</link><pubDate>{date}</pubDate></item></channel></rss>";

        var before = FeedParser.Parse(Encoding.UTF8.GetBytes(Feed("Sun, 03 May 2026 08:00:00 GMT")), FeedUri).Items[0];
        var same = FeedParser.Parse(Encoding.UTF8.GetBytes(Feed("Sun, 03 May 2026 08:00:00 GMT")), FeedUri).Items[0];
        var after = FeedParser.Parse(Encoding.UTF8.GetBytes(Feed("Sun, 03 May 2026 09:00:00 GMT")), FeedUri).Items[0];

        Assert.Equal(before.Fingerprint, same.Fingerprint);
        Assert.NotEqual(before.Fingerprint, after.Fingerprint);
    }

    [Fact]
    public void Malformed_xml_is_reported_with_its_position()
    {
        var e = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes("<rss><channel><item><title>x</item></channel></rss>"), FeedUri));

        Assert.StartsWith("malformed XML at line 1", e.Message);
    }

    [Fact]
    public void A_document_type_declaration_is_refused_so_entities_never_expand()
    {
        const string bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><item><title>&b;</title><link>https://a.example/x</link></item></channel></rss>
            """;

        var e = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes(bomb), FeedUri));

        Assert.Contains("DTD", e.Message);
    }

    [Fact]
    public void Html_is_not_a_feed()
    {
        var e = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(Encoding.UTF8.GetBytes("<html><body>hi</body></html>"), FeedUri));

        Assert.Equal("not an RSS or Atom feed (the root element is <html>)", e.Message);
    }

    [Fact]
    public void A_feed_of_ten_thousand_items_is_read_quickly()
    {
        var xml = FeedXml.Rss(Enumerable.Range(0, 10_000).Select(i => ((string?)$"https://news.example/story/{i}", $"Story {i}")));
        var stopwatch = Stopwatch.StartNew();

        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedUri);

        Assert.Equal(10_000, feed.Items.Count);
        Assert.Equal(10_000, feed.Items.Select(i => i.Link).Distinct().Count());
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
    }
}
