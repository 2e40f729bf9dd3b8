using ChatBot.Core.Ingestion;
using ChatBot.Core.Tests.Support;

namespace ChatBot.Core.Tests.Ingestion;

public class PlainTextMetadataTests
{
    private static async Task<ChatBot.Core.Stories.Story> SeedAsync(string prefix)
    {
        var source = new FolderStorySource("seeds", RepositoryPaths.Seeds, new IngestionOptions());
        var entry = (await source.ScanAsync()).Single(e => e.StoryId.StartsWith(prefix, StringComparison.Ordinal));
        return await entry.LoadAsync();
    }

    [Fact]
    public async Task Seed_with_a_domain_first_line_names_the_domain_as_outlet_and_the_headline_as_title()
    {
        var story = await SeedAsync("000_");
        Assert.Equal("techcrunch.com", story.Metadata.Outlet);
        Assert.Equal("Meta AI Unit Called 'Gulag' as 1,600 Sign Protest", story.Metadata.Title);
        Assert.Null(story.Metadata.Published);
        Assert.Null(story.Metadata.Url);
    }

    [Fact]
    public async Task Seed_that_says_as_reported_by_takes_that_outlet()
    {
        var story = await SeedAsync("001_");
        Assert.Equal("WIRED", story.Metadata.Outlet);
        Assert.StartsWith("Internal Crisis at Meta AI", story.Metadata.Title);
    }

    [Fact]
    public async Task Seed_that_states_nothing_about_itself_keeps_every_field_empty()
    {
        var story = await SeedAsync("002_");
        Assert.Equal(ChatBot.Core.Stories.StoryMetadata.Empty, story.Metadata);
    }

    [Fact]
    public async Task Seed_with_read_original_on_takes_that_outlet()
    {
        var story = await SeedAsync("003_");
        Assert.Equal("The Next Web (TNW)", story.Metadata.Outlet);
        Assert.Equal("Internal revolt at Meta’s AI data labeling unit", story.Metadata.Title);
    }

    [Fact]
    public async Task Seed_with_a_doubled_logo_name_takes_it_as_outlet()
    {
        var story = await SeedAsync("004_");
        Assert.Equal("HyperAI", story.Metadata.Outlet);
        Assert.Equal("Meta Reverses AI Training Reassignments, Lets Engineers Leave", story.Metadata.Title);
    }

    [Fact]
    public void Byline_date_and_url_lines_are_read_from_the_header()
    {
        var text = "https://www.example-news.org/world/flood\nRiver floods three towns after storm\nBy Jane Doe\nPublished: 2026-03-04\n\nThe river rose overnight and flooded three towns, officials said on Tuesday morning after the storm passed.";
        var metadata = PlainTextMetadata.Extract(text);
        Assert.Equal("example-news.org", metadata.Outlet);
        Assert.Equal("https://www.example-news.org/world/flood", metadata.Url);
        Assert.Equal("River floods three towns after storm", metadata.Title);
        Assert.Equal("Jane Doe", metadata.Author);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), metadata.Published);
    }

    [Fact]
    public void A_source_line_gives_the_url()
    {
        var text = "Storm closes the coast road for a week\nSource: https://www.example-news.org/2026/03/04/storm-coast-road/\nPublished: 2026-03-04\n\nThe coast road will stay closed for a week after the storm washed away part of it, the county said on Tuesday morning.";
        var metadata = PlainTextMetadata.Extract(text);
        Assert.Equal("https://www.example-news.org/2026/03/04/storm-coast-road/", metadata.Url);
        Assert.Null(metadata.Outlet);
        Assert.Equal("Storm closes the coast road for a week", metadata.Title);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero), metadata.Published);
    }

    [Fact]
    public void A_short_first_line_is_the_headline_but_a_short_later_label_is_not()
    {
        Assert.Equal("Labour's 'EU propaganda'", PlainTextMetadata.Extract("Labour's 'EU propaganda'\n\nA long first paragraph of the story follows here.").Title);
        Assert.Null(PlainTextMetadata.Extract("🌍Fresh in 2h\n\nKey insights\n\nA long first paragraph of the story follows here.").Title);
    }
}
