using ChatBot.Core.Ingestion.Pages;

namespace ChatBot.Core.Tests.Ingestion.Pages;

public class ArticleExtractorTests
{
    private static readonly Uri PageUri = new("https://news.example/world/2026/flood-story?utm_source=feed#top");

    private const string NewsPage = """
        <!doctype html>
        <html><head>
          <title>Flood waters rise | Example News</title>
          <link rel="canonical" href="/world/2026/flood-story">
          <meta property="og:site_name" content="Example News">
          <meta property="og:title" content="Flood waters rise in the valley">
          <meta property="article:published_time" content="2026-05-03T08:00:00Z">
          <meta property="article:modified_time" content="2026-05-03T12:30:00Z">
          <meta name="author" content="Dana Reyes">
          <script>var tracking = "do not index";</script>
        </head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <div class="ad-slot">Buy our sponsored product now, limited offer for readers</div>
          <article>
            <h1>Flood waters rise in the valley</h1>
            <p>Flood waters rose by two metres overnight, officials said on Sunday morning.</p>
            <div class="share-bar">Share on social networks</div>
            <p>About 1,200 residents were moved to shelters in the town hall.</p>
            <script>alert("nope")</script>
          </article>
          <section id="comments"><p>First comment! This is not part of the story at all.</p></section>
          <footer>Copyright Example News</footer>
        </body></html>
        """;

    [Fact]
    public void Reads_the_article_element_without_navigation_ads_comments_or_scripts()
    {
        var article = ArticleExtractor.Extract(NewsPage, PageUri);

        Assert.Contains("Flood waters rose by two metres overnight", article.Text);
        Assert.Contains("About 1,200 residents were moved", article.Text);
        Assert.DoesNotContain("Home", article.Text);
        Assert.DoesNotContain("sponsored", article.Text);
        Assert.DoesNotContain("Share on social", article.Text);
        Assert.DoesNotContain("First comment", article.Text);
        Assert.DoesNotContain("alert", article.Text);
        Assert.DoesNotContain("Copyright", article.Text);
    }

    [Fact]
    public void Reads_canonical_url_outlet_title_times_and_author()
    {
        var article = ArticleExtractor.Extract(NewsPage, PageUri);

        Assert.Equal("https://news.example/world/2026/flood-story", article.CanonicalUrl);
        Assert.Equal("Example News", article.Metadata.Outlet);
        Assert.Equal("Flood waters rise in the valley", article.Metadata.Title);
        Assert.Equal(new DateTimeOffset(2026, 5, 3, 8, 0, 0, TimeSpan.Zero), article.Metadata.Published);
        Assert.Equal(new DateTimeOffset(2026, 5, 3, 12, 30, 0, TimeSpan.Zero), article.Modified);
        Assert.Equal("Dana Reyes", article.Metadata.Author);
    }

    [Fact]
    public void Without_a_canonical_link_the_fetched_address_without_fragment_is_the_id()
    {
        var article = ArticleExtractor.Extract("<html><body><article><p>Some text long enough to be a story paragraph here.</p></article></body></html>", PageUri);

        Assert.Equal("https://news.example/world/2026/flood-story?utm_source=feed", article.CanonicalUrl);
    }

    [Fact]
    public void Without_article_or_main_the_densest_block_of_paragraphs_is_the_story()
    {
        const string html = """
            <html><body>
              <div class="links"><p><a href="/a">A link list item that is long enough to count</a></p><p><a href="/b">Another link list item that is long enough</a></p></div>
              <div class="content">
                <p>The council approved the new budget of 4.5 million after a long debate on Tuesday.</p>
                <p>Opposition members said the spending on roads was too low for a growing town.</p>
                <p>The mayor replied that the roads would be repaired in the next two years anyway.</p>
              </div>
              <div class="teaser"><p>Read more: unrelated teaser text that is somewhat long.</p></div>
            </body></html>
            """;

        var article = ArticleExtractor.Extract(html, PageUri);

        Assert.StartsWith("The council approved the new budget", article.Text);
        Assert.Contains("The mayor replied", article.Text);
        Assert.DoesNotContain("link list", article.Text);
        Assert.DoesNotContain("teaser", article.Text);
    }
}
