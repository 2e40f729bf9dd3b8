using ChatBot.Core.Ingestion.Feeds;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Ingestion.Feeds;

public sealed class FeedStorySourceTests : IAsyncLifetime
{
    private FeedSourceFixture _fixture = null!;

    public async Task InitializeAsync() => _fixture = await FeedSourceFixture.StartAsync();

    public async Task DisposeAsync() => await _fixture.DisposeAsync();

    [Fact]
    public async Task A_feed_of_200_items_with_10_broken_indexes_190_and_reports_each_broken_one_with_its_reason()
    {
        var broken = _fixture.MapBrokenPages();
        var items = new List<(string?, string)>();
        for (var i = 0; i < 190; i++)
        {
            items.Add((_fixture.MapStory($"story/{i}", i), $"Story {i}"));
            if (i % 19 == 0) items.Add((_fixture.Server.Url(broken[i / 19].Path).ToString(), $"Broken {i / 19}"));
        }

        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items), etag: "\"feed-v1\"");

        var summary = await _fixture.Indexer.IndexAsync(_fixture.Source());

        Assert.Equal(200, items.Count);
        Assert.Equal(190, summary.Added);
        Assert.Equal(190, (await _fixture.Index.ListStoriesAsync()).Count);
        Assert.Equal(10, summary.Failures.Count);
        foreach (var (path, reason) in broken)
        {
            var failure = Assert.Single(summary.Failures, f => f.Location == _fixture.Server.Url(path).ToString());
            Assert.StartsWith(reason, failure.Reason);
        }
    }

    [Fact]
    public async Task A_second_run_sends_a_conditional_request_gets_304_and_writes_nothing()
    {
        var broken = _fixture.MapBrokenPages();
        var items = Enumerable.Range(0, 20).Select(i => ((string?)_fixture.MapStory($"story/{i}", i), $"Story {i}"))
            .Append((_fixture.Server.Url(broken[0].Path).ToString(), "Broken"))
            .ToList();
        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items), etag: "\"feed-v1\"");
        await _fixture.Indexer.IndexAsync(_fixture.Source());
        var before = await _fixture.SnapshotAsync();
        var requestsBefore = _fixture.Server.Requests.Count;

        var source = _fixture.Source();
        var summary = await _fixture.Indexer.IndexAsync(source);

        Assert.True(source.LastScanNotModified);
        var feedRequests = _fixture.Server.RequestsFor("feed.xml");
        Assert.Equal(2, feedRequests.Count);
        Assert.Equal("", feedRequests[0].IfNoneMatch);
        Assert.Equal("\"feed-v1\"", feedRequests[1].IfNoneMatch);
        // Only the item that failed is tried again; no story page is fetched.
        Assert.Equal([broken[0].Path], _fixture.Server.Requests.Skip(requestsBefore + 1).Select(r => r.Path.TrimStart('/')));
        Assert.Equal((0, 0, 0, 20), (summary.Added, summary.Updated, summary.Removed, summary.Unchanged));
        Assert.Single(summary.Failures);
        Assert.Equal(before, await _fixture.SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_feed_fetches_only_its_new_items()
    {
        var items = Enumerable.Range(0, 3).Select(i => ((string?)_fixture.MapStory($"story/{i}", i), $"Story {i}")).ToList();
        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items), etag: "\"feed-v1\"");
        await _fixture.Indexer.IndexAsync(_fixture.Source());
        items.Insert(0, (_fixture.MapStory("story/new", 99), "Story new"));
        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items), etag: "\"feed-v2\"");
        var requestsBefore = _fixture.Server.Requests.Count;

        var summary = await _fixture.Indexer.IndexAsync(_fixture.Source());

        Assert.Equal((1, 3), (summary.Added, summary.Unchanged));
        Assert.Equal(["/feed.xml", "/story/new"], _fixture.Server.Requests.Skip(requestsBefore).Select(r => r.Path));
    }

    [Fact]
    public async Task A_story_revised_in_place_is_noticed_once_its_page_is_older_than_the_refresh_time()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 5, 3, 8, 0, 0, TimeSpan.Zero));
        var items = new List<(string?, string)> { (_fixture.MapStory("story/0", 0), "Story 0") };
        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items), etag: "\"feed-v1\"");
        await _fixture.Indexer.IndexAsync(_fixture.Source(time: clock));
        _fixture.MapStory("story/0", 0, update: " Update: the programme was extended.");
        items.Add((_fixture.MapStory("story/1", 1), "Story 1"));
        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items), etag: "\"feed-v2\"");

        var soon = await _fixture.Indexer.IndexAsync(_fixture.Source(time: clock));
        items.Add((_fixture.MapStory("story/2", 2), "Story 2"));
        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items), etag: "\"feed-v3\"");
        clock.Advance(TimeSpan.FromHours(2));
        var later = await _fixture.Indexer.IndexAsync(_fixture.Source(time: clock));

        Assert.Equal((1, 0, 1), (soon.Added, soon.Updated, soon.Unchanged));
        Assert.Equal((1, 1, 1), (later.Added, later.Updated, later.Unchanged));
        Assert.Contains("the programme was extended", (await _fixture.Index.GetStoryAsync(_fixture.Server.Url("story/0").ToString()))!.Text);
    }

    [Fact]
    public async Task Stories_that_leave_the_feed_stay_indexed()
    {
        var items = Enumerable.Range(0, 3).Select(i => ((string?)_fixture.MapStory($"story/{i}", i), $"Story {i}")).ToList();
        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items), etag: "\"feed-v1\"");
        await _fixture.Indexer.IndexAsync(_fixture.Source());
        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items.Take(1)), etag: "\"feed-v2\"");

        var summary = await _fixture.Indexer.IndexAsync(_fixture.Source());

        Assert.Equal(0, summary.Removed);
        Assert.Equal(3, (await _fixture.Index.ListStoriesAsync()).Count);
    }

    [Fact]
    public async Task A_malformed_feed_is_reported_and_removes_nothing()
    {
        var items = Enumerable.Range(0, 3).Select(i => ((string?)_fixture.MapStory($"story/{i}", i), $"Story {i}")).ToList();
        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items), etag: "\"feed-v1\"");
        await _fixture.Indexer.IndexAsync(_fixture.Source());
        _fixture.Server.MapText("feed.xml", "application/rss+xml", "<rss><channel><item><title>cut off", etag: "\"feed-v2\"");

        var e = await Assert.ThrowsAsync<FeedFormatException>(() => _fixture.Indexer.IndexAsync(_fixture.Source()));

        Assert.StartsWith("malformed XML", e.Message);
        Assert.Equal(3, (await _fixture.Index.ListStoriesAsync()).Count);
    }

    [Fact]
    public async Task A_feed_of_10000_items_lists_every_item_and_loads_them_on_demand()
    {
        var items = Enumerable.Range(0, 10_000).Select(i => ((string?)_fixture.Server.Url($"story/{i}").ToString(), $"Story {i}")).ToList();
        for (var i = 0; i < 3; i++) _fixture.MapStory($"story/{i}", i);
        _fixture.Server.MapText("feed.xml", "application/rss+xml", FeedXml.Rss(items), etag: "\"big\"");

        await _fixture.Index.InitializeAsync();
        var entries = await _fixture.Source().ScanAsync();
        var first = await Task.WhenAll(entries.Take(3).Select(e => e.LoadAsync()));

        Assert.Equal(10_000, entries.Count);
        Assert.Equal(["Story number 0", "Story number 1", "Story number 2"], first.Select(s => s.Text.Split('\n')[0]));
        Assert.All(first, s => Assert.Equal("Loopback News", s.Metadata.Outlet));
    }
}
