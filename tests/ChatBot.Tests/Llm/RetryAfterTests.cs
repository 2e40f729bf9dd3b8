using System.ClientModel;
using System.ClientModel.Primitives;
using ChatBot.Llm;

namespace ChatBot.Tests.Llm;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Seconds_milliseconds_and_dates_are_read_and_their_absence_leaves_the_backoff_to_decide()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), RetryAfter.From(Exception(("Retry-After", "2")), Now));
        Assert.Equal(TimeSpan.FromMilliseconds(250), RetryAfter.From(Exception(("retry-after-ms", "250"), ("Retry-After", "9")), Now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.From(Exception(("Retry-After", Now.AddSeconds(30).ToString("R"))), Now));
        Assert.Null(RetryAfter.From(Exception(), Now));
        Assert.Null(RetryAfter.From(Exception(("Retry-After", "soon")), Now));
    }

    [Fact]
    public void Only_rate_limits_and_server_errors_are_transient()
    {
        Assert.True(LlmResilience.IsTransient(Exception(429)));
        Assert.True(LlmResilience.IsTransient(Exception(503)));
        Assert.False(LlmResilience.IsTransient(Exception(400)));
        Assert.False(LlmResilience.IsTransient(Exception(401)));
        Assert.False(LlmResilience.IsTransient(Exception(501)));
        Assert.True(LlmResilience.IsTransient(Exception(408)));
    }

    private static ClientResultException Exception(params (string Name, string Value)[] headers) => Exception(429, headers);

    private static ClientResultException Exception(int status, params (string Name, string Value)[] headers) =>
        new(new FakeResponse(status, headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.OrdinalIgnoreCase)));

    private sealed class FakeResponse(int status, Dictionary<string, string> headers) : PipelineResponse
    {
        public override int Status => status;

        public override string ReasonPhrase => "Too Many Requests";

        public override Stream? ContentStream { get; set; } = new MemoryStream();

        public override BinaryData Content => BinaryData.FromString("{}");

        protected override PipelineResponseHeaders HeadersCore { get; } = new FakeHeaders(headers);

        public override BinaryData BufferContent(CancellationToken cancellationToken = default) => Content;

        public override ValueTask<BinaryData> BufferContentAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Content);

        public override void Dispose()
        {
        }
    }

    private sealed class FakeHeaders(Dictionary<string, string> headers) : PipelineResponseHeaders
    {
        public override bool TryGetValue(string name, out string? value)
        {
            var found = headers.TryGetValue(name, out var text);
            value = text;
            return found;
        }

        public override bool TryGetValues(string name, out IEnumerable<string>? values)
        {
            var found = headers.TryGetValue(name, out var text);
            values = found ? [text!] : null;
            return found;
        }

        public override IEnumerator<KeyValuePair<string, string>> GetEnumerator() => headers.GetEnumerator();
    }
}
