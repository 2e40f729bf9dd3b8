using ChatBot.Core.Ingestion;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Core.Tests.Ingestion;

public class ThrottledProgressTests
{
    [Fact]
    public void Passes_on_at_most_one_report_a_second_and_always_the_last()
    {
        var clock = new FakeTimeProvider();
        var seen = new List<int>();
        var progress = ThrottledProgress<IndexingProgress>.ForIndexing(new Collect(seen), TimeSpan.FromSeconds(1), clock);

        for (var done = 1; done <= 10; done++)
        {
            progress.Report(new IndexingProgress("docs", done, 10, 0, null));
            clock.Advance(TimeSpan.FromMilliseconds(300));
        }

        // 0 ms, 1200 ms, 2400 ms pass; the tenth (final) report passes regardless.
        Assert.Equal([1, 5, 9, 10], seen);
    }

    private sealed class Collect(List<int> seen) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value) => seen.Add(value.Done);
    }
}
