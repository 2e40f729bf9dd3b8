namespace ChatBot.Core.Tests.Index.Qdrant.Fake;

/// <summary>A one-shot answer the fake gives instead of handling a matching request; the state is left untouched.</summary>
public sealed record FakeFault(Func<RecordedRequest, bool> Matches, int StatusCode, string Body, string ContentType);
