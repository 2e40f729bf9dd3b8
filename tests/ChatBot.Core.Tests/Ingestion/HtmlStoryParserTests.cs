using ChatBot.Core.Ingestion;

namespace ChatBot.Core.Tests.Ingestion;

public class HtmlStoryParserTests
{
    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Flood | Daily Planet</title>
          <meta property="og:title" content="River floods three towns">
          <meta property="og:site_name" content="Daily Planet">
          <meta property="article:published_time" content="2026-03-04T08:30:00Z">
          <meta name="author" content="Lois Lane">
          <link rel="canonical" href="https://dailyplanet.example/flood">
          <style>p { color: red }</style>
          <script>var tracking = "secret";</script>
        </head><body>
          <nav><a href="/">Home</a> <a href="/world">World</a></nav>
          <header>Daily Planet header</header>
          <article>
            <h1>River floods three towns</h1>
            <p>The river rose   overnight and
               flooded <b>three</b> towns.</p>
            <p>About 1,200 residents were evacuated.</p>
            <ul><li>Roads closed</li><li>Schools shut</li></ul>
            <script>alert("x")</script>
          </article>
          <footer>Copyright Daily Planet</footer>
        </body></html>
        """;

    [Fact]
    public void Reads_metadata_from_the_head()
    {
        var (metadata, _) = HtmlStoryParser.Parse(Page);
        Assert.Equal("River floods three towns", metadata.Title);
        Assert.Equal("Daily Planet", metadata.Outlet);
        Assert.Equal("https://dailyplanet.example/flood", metadata.Url);
        Assert.Equal("Lois Lane", metadata.Author);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 8, 30, 0, TimeSpan.Zero), metadata.Published);
    }

    [Fact]
    public void Keeps_paragraph_breaks_and_drops_scripts_styles_navigation_and_footer()
    {
        var (_, text) = HtmlStoryParser.Parse(Page);
        Assert.Equal("River floods three towns\n\nThe river rose overnight and flooded three towns.\n\nAbout 1,200 residents were evacuated.\n\n• Roads closed\n\n• Schools shut", text);
        Assert.DoesNotContain("tracking", text);
        Assert.DoesNotContain("Home", text);
        Assert.DoesNotContain("Copyright", text);
    }

    [Fact]
    public void A_page_without_metadata_leaves_the_fields_empty()
    {
        var (metadata, text) = HtmlStoryParser.Parse("<html><body><p>Just a paragraph of text.</p></body></html>");
        Assert.Null(metadata.Outlet);
        Assert.Null(metadata.Published);
        Assert.Null(metadata.Url);
        Assert.Equal("Just a paragraph of text.", text);
    }
}
