namespace ChatBot.Tests.Web;

/// <summary>What the server saw of one request.</summary>
public sealed record RecordedRequest(string Path, string UserAgent, string IfNoneMatch, string IfModifiedSince);
